using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Reading.Narrative;

/// <summary>Slips in the seeds are read as printed, so the checker can find them.</summary>
public sealed class SeedSlipTests
{
    [Fact]
    public void Document_004_states_social_security_as_347_09_in_section_four_and_347_08_in_five_two()
    {
        var claims = SeedDocuments.Read("004").Narrative.Claims.Where(c => c.Subject.Code?.Digits == "208").ToList();
        Assert.Equal(347.09m, claims.Single(c => c.Section == "四").Amount?.Value);
        Assert.Equal(347.08m, claims.Single(c => c.Section == "五.(二)").Amount?.Value);
    }

    [Fact]
    public void Document_004_withholds_its_staff_figures_and_prints_vehicle_values_that_disagree()
    {
        var document = SeedDocuments.Read("004");
        Assert.True(document.Profile.Withheld);
        Assert.Null(document.Profile.Staff);
        var assets = document.Matters.Assets!;
        Assert.Equal(609.57m, assets.VehicleValue?.Value);
        Assert.Equal(683.91m, assets.Vehicles.Single(v => v.Name == "一般公务用车").Value?.Value);
    }

    [Fact]
    public void Document_003_pays_its_operators_at_a_rate_that_is_not_an_allocation()
    {
        var project = SeedDocuments.Read("003").Projects.Single(p => p.Name.Contains("12345", StringComparison.Ordinal));
        Assert.DoesNotContain(project.Allocations, a => a.Amount.Value == 2000m);
        Assert.Contains("2000 元/人/月", project.AllocationText, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_002_prints_weights_that_add_to_74_for_its_operating_project()
    {
        var table = SeedDocuments.Read("002").Targets.Single(t => t.ProjectName == "2025年单位运转项目");
        Assert.Equal(74m, table.Indicators.Sum(i => i.Weight?.Value ?? 0m));
    }

    [Fact]
    public void Document_000_staff_changes_are_signed()
    {
        var staff = SeedDocuments.Read("000").Profile.Staff!;
        Assert.Equal(-4m, staff.ActiveChange?.Value);
        Assert.Equal(0m, staff.RetiredChange?.Value);
        Assert.Equal(12m, SeedDocuments.Read("000").Profile.InternalDepartmentCount?.Value);
        Assert.Equal(12, SeedDocuments.Read("000").Profile.InternalDepartments.Length);
    }

    [Fact]
    public void Document_001_lists_its_six_budget_units_and_twelve_functions()
    {
        var profile = SeedDocuments.Read("001").Profile;
        Assert.Equal(6, profile.BudgetUnits.Length);
        Assert.Equal("新疆维吾尔自治区人民政府办公厅本级", profile.BudgetUnits[0]);
        Assert.Equal(12, profile.Functions.Length);
    }
}
