namespace Yusuan.Core.Tests;

/// <summary>Tests that change the process's environment (<c>YUSUAN_PDF</c>, <c>YUSUAN_PDFTOTEXT</c>) run alone: a test
/// of another class reading a PDF meanwhile would read it through the changed settings (GoldenCellsTests once found no
/// pdftotext for B170_wx while <c>YUSUAN_PDF=pdftotext</c> was set).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Process environment";
}
