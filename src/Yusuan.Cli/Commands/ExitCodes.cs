namespace Yusuan.Cli.Commands;

/// <summary>The exit codes every command gives (docs/cli.md): a script checking hundreds of files can tell findings from an
/// unusable input and both from a failure of Yusuan itself.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and no finding of severity error.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found errors (check: an error finding; render: input errors without --force).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be read or the arguments are wrong: one sentence on stderr.</summary>
    public const int Unusable = 2;

    /// <summary>Yusuan failed for a reason that is not the input: an internal failure (details in a log file) or a tool it
    /// needs (Chromium for PDF output) is missing.</summary>
    public const int Failure = 3;
}
