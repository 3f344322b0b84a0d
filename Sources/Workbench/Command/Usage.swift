/// The text of `nn --help`.
///
///     StandardStream.output.write(Usage.text)
public enum Usage {
    public static let text = """
    nn \(NNVersion.current): a small language for learning neural networks

    usage:
      nn                        open the REPL (an interactive prompt)
      nn FILE.nn                run a script
      nn -i FILE.nn             run a script, then open the REPL with its variables
      nn -e "CODE"              run code given on the command line
      nn < FILE.nn              run a script from standard input
      nn --pause FILE.nn        presenter mode: each statement waits for Enter
      nn notebook FILE.nn [-o FILE.md]
                                run a script and write it as Markdown with its output
      nn demo [NAME] [--save]   list the lecture demos, run one, or save its source

    options:
      --seed N        make every random choice reproducible (as seed(N) does)
      --ascii         draw charts with plain ASCII instead of braille dots
      --no-color      no colour (NO_COLOR in the environment does the same)
      -h, --help      show this help
      -V, --version   show the version

    examples:
      nn -e "print(2 ^ 10)"
      nn --seed 42 lesson.nn
      nn -i xor.nn
      nn demo first-network

    exit status: 0 success, 1 an error in the script, 2 bad usage

    """

    /// What a usage error prints on stderr.
    public static func errorText(_ error: UsageError) -> String {
        error.exitStatus == ExitStatus.usage
            ? "nn: \(error.message)\nrun 'nn --help' for usage\n"
            : "error: \(error.message)\n"
    }
}
