/// `nn notebook FILE.nn`: run a script and print it as Markdown, prose as
/// text, code fenced, each block's output after it.
///
///     let status = NotebookCommand.run(["lesson.nn"], context: context)
///
/// Hook called by the executable; the notebook work fills the body.
/// `arguments` are the words after `notebook`, with nn's own flags already
/// taken into `context`.
public enum NotebookCommand {
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        StandardStream.error.write("nn: notebooks are not available yet\n")
        return ExitStatus.usage
    }
}
