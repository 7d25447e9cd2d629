using Yusuan.Core.Model;
using Yusuan.Core.Tests.Generation;

namespace Yusuan.Core.Tests.Rendering;

/// <summary>The example unit's generated disclosure, generated once for the rendering tests.</summary>
public static class RenderedDocument
{
    private static readonly Lazy<Disclosure> Bazhou = new(() => GenerationSamples.Generate(GenerationSamples.Input("bazhou-office-2025.json")));
    private static readonly Lazy<Disclosure> County = new(() => GenerationSamples.Generate(GenerationSamples.Input("example-county-education-2025.json")));

    public static Disclosure Unit => Bazhou.Value;

    public static Disclosure Department => County.Value;
}
