using System.Collections.Immutable;
using Yusuan.Core.Checking;
using Yusuan.Core.Model;

namespace Yusuan.Web.Services;

/// <summary>The outcome of checking one disclosure: what the web pages and the API show and export.</summary>
/// <param name="Source">The name the document came in under (upload file name, stored path).</param>
/// <param name="Completeness">Completeness score 0–100 from the checker, null when no checker is wired in.</param>
/// <param name="CheckerAvailable">False while only the reader's diagnostics are available (the pages say so).</param>
public sealed record DocumentReport(
    Disclosure Document,
    string? Source,
    ImmutableArray<Finding> Findings,
    decimal? Completeness,
    bool CheckerAvailable)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>Checks a disclosure. One implementation per checker back-end; the web app never calls rules directly.</summary>
public interface IDisclosureChecker
{
    DocumentReport Check(Disclosure document, string? source);
}
