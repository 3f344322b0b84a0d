import Foundation

/// An environment variable, read once at start-up by the kernels' settings.
func kernelSetting(_ name: String) -> String? {
    ProcessInfo.processInfo.environment[name]
}
