using System.Reflection;
using System.Runtime.CompilerServices;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Architecture;

/// <summary>The model is one immutable graph: no model type may expose a settable property or a mutable public field.</summary>
public sealed class ModelImmutabilityTests
{
    private static IEnumerable<Type> ModelTypes() =>
        typeof(Disclosure).Assembly.GetTypes()
            .Where(t => t.Namespace == "Yusuan.Core.Model" && t.IsPublic && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed));

    [Fact]
    public void No_model_property_has_a_public_setter()
    {
        var offenders = ModelTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_model_type_has_a_writable_public_field()
    {
        var offenders = ModelTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Model_collections_are_immutable_arrays_or_dictionaries()
    {
        var offenders = ModelTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .Where(x => x.p.PropertyType.IsGenericType && x.p.PropertyType.Namespace == "System.Collections.Generic")
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
