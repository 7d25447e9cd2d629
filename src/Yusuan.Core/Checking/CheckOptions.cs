using Yusuan.Core.Classification;

namespace Yusuan.Core.Checking;

/// <summary>Everything a rule may consult besides the document. Immutable; passed to every rule.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    public SeverityProfile Profile { get; init; } = SeverityProfile.Default;

    public RoundingPolicy Rounding => Profile.Rounding;

    public ClassificationCatalog Classification { get; init; } = ClassificationCatalog.Default;
}
