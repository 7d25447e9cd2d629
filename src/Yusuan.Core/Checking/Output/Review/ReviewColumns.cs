namespace Yusuan.Core.Checking.Output.Review;

/// <summary>The 检查表's column headers: what <see cref="ReviewWorkbook"/> writes and what a baseline is read by
/// (<see cref="Baselines.ReviewSheetReader"/>, which finds the columns by these headers, wherever a reviewer moved them).</summary>
public static class ReviewColumns
{
    public const string Seq = "序号";
    public const string File = "文件";
    public const string Place = "位置";
    public const string Description = "问题描述";
    public const string ExpectedActual = "应为/实为";
    public const string Basis = "依据";
    public const string Severity = "严重程度";
    public const string Evidence = "原文";

    /// <summary>The reviewer's decision: <see cref="Accepted"/> (or 已接受) takes the finding out of later reports.</summary>
    public const string Disposition = "处理";

    /// <summary>The reviewer's free-text remark.</summary>
    public const string Remark = "审核意见";

    public const string Fingerprint = "指纹";

    public const string Accepted = "接受";

    /// <summary>The choices the 处理 column offers (a drop-down; other text is allowed and means "not accepted").</summary>
    public static readonly string[] Dispositions = [Accepted, "需修改", "待核实"];

    /// <summary>Whether a 处理 cell accepts the finding: 接受, 已接受, or accepted / accept (any case).</summary>
    public static bool IsAccepted(string? disposition) =>
        disposition?.Trim() is { } d && (d is Accepted or "已接受" || d.Equals("accepted", StringComparison.OrdinalIgnoreCase) || d.Equals("accept", StringComparison.OrdinalIgnoreCase));

    public static readonly string[] Summary = [Seq, File, "单位", "年度", "类型", "层级", "错误", "警告", "舍入差异", "提示", "读取存疑", "完整性", "基线已接受", "说明"];
}
