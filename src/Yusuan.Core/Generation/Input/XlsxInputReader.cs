namespace Yusuan.Core.Generation.Input;

/// <summary>Reads the XLSX input template (see <see cref="XlsxTemplate"/>).</summary>
public static class XlsxInputReader
{
    public static InputReadResult Read(string path) =>
        new(null, [new InputIssue(Model.DiagnosticSeverity.Error, "input.xlsx", path, "暂不支持 XLSX 输入。")]);
}
