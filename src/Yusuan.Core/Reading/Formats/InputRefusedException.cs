namespace Yusuan.Core.Reading.Formats;

/// <summary>Thrown by a format reader that meets content past a bound of <see cref="InputBounds"/> or a structure no
/// valid file has (a cell beyond Excel's last column); <see cref="DocumentText"/> turns it into the sentence it carries.</summary>
public sealed class InputRefusedException(string message) : Exception(message);
