using System.Collections.Immutable;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>A disclosure with its check report (src/Yusuan.Core/Checking): what the pages and the API show and export.</summary>
public sealed record DocumentReport(Disclosure Document, CheckReport Check)
{
    public ImmutableArray<Finding> Findings => Check.Findings;

    /// <summary>Completeness score 0–100 of the checker.</summary>
    public decimal Completeness => Check.Summary.Completeness;

    /// <summary>The name the document came in under (upload file name, stored path).</summary>
    public string? Source => Check.Document.Source;

    public int Count(Severity severity) => severity switch
    {
        Severity.Error => Check.Summary.Errors,
        Severity.Warning => Check.Summary.Warnings,
        _ => Check.Summary.Infos,
    };
}

/// <summary>Checks a disclosure. The app runs <see cref="RuleChecker"/>; tests may pass their own.</summary>
public interface IDisclosureChecker
{
    CheckReport Check(Disclosure document, string? source);
}

/// <summary>The rule checker of src/Yusuan.Core/Checking with its default catalog and profile, as `yusuan check` runs it.</summary>
public sealed class RuleChecker(Checker checker) : IDisclosureChecker
{
    public static RuleChecker Default { get; } = new(Checker.Default);

    public CheckReport Check(Disclosure document, string? source) => checker.Check(document, source);
}

public static class DisclosureCheckerExtensions
{
    public static DocumentReport Report(this IDisclosureChecker checker, Disclosure document, string? source) =>
        new(document, checker.Check(document, source));
}
