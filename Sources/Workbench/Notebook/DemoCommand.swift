/// `nn demo` (list the lecture demos), `nn demo NAME` (run one),
/// `nn demo NAME --save` (write its source to the current folder).
///
///     let status = DemoCommand.run(["xor"], context: context)
///
/// Hook called by the executable; the demos work fills the body.
/// `arguments` are the words after `demo`, with nn's own flags (`--seed`,
/// `--ascii`, `--no-color`, `--pause`) already taken into `context`.
public enum DemoCommand {
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        StandardStream.error.write("nn: demos are not available yet\n")
        return ExitStatus.usage
    }
}
