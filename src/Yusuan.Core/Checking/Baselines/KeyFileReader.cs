using System.Text;

namespace Yusuan.Core.Checking.Baselines;

/// <summary>
/// A plain baseline: UTF-8 text, one accepted fingerprint at the start of each line; anything after it on the line (the
/// rule, a note) is ignored, as are blank lines and lines starting with '#'. <c>yusuan check --format json</c>'s
/// "fingerprint" values, one a line, make one.
/// </summary>
public static class KeyFileReader
{
    public static BaselineRead Read(byte[] bytes, string name)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return BaselineRead.Fail($"基线文件“{name}”不是 UTF-8 文本，也不是检查表（.xlsx）。/ Baseline '{name}' is neither UTF-8 text nor an .xlsx 检查表.");
        }
        var keys = new List<string>();
        var number = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var key = line.Split([' ', '\t', ','], 2)[0];
            if (!key.StartsWith(FindingFingerprint.Prefix, StringComparison.Ordinal))
            {
                return BaselineRead.Fail($"基线文件“{name}”第 {number} 行不是问题指纹（应以 {FindingFingerprint.Prefix} 开头）。/ Line {number} of baseline '{name}' is not a finding fingerprint.");
            }
            keys.Add(key);
        }
        return BaselineRead.Ok(keys);
    }
}
