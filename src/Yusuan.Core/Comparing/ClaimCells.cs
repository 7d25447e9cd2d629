using Yusuan.Core.Model;

namespace Yusuan.Core.Comparing;

/// <summary>
/// Where in the tables the figure a narrative claim talks about is printed, in order of preference
/// (the same figure often appears in two tables, and older templates lack some of them).
/// </summary>
public static class ClaimCells
{
    public static IReadOnlyList<CellKey> For(ClaimSubject subject) => subject.Key switch
    {
        ClaimKeys.Total => [new("T1", "income.total", "amount"), new("T1", "expense.total", "amount")],
        ClaimKeys.IncomeTotal => [new("T1", "income.total", "amount")],
        ClaimKeys.IncomeGpb or ClaimKeys.IncomeGpbTransfer or ClaimKeys.IncomeGf or ClaimKeys.IncomeGfTransfer or ClaimKeys.IncomeSc
            or ClaimKeys.IncomeScTransfer or ClaimKeys.IncomeSpecial or ClaimKeys.IncomeUnit or ClaimKeys.IncomeFiscal
            or ClaimKeys.Carryover or ClaimKeys.CarryoverFiscal or ClaimKeys.CarryoverNonfiscal => [new("T1", subject.Key, "amount")],
        ClaimKeys.ExpenseTotal => [new("T3", "total", "total"), new("T1", "expense.total", "amount")],
        ClaimKeys.ExpenseBasic => [new("T3", "total", "basic")],
        ClaimKeys.ExpenseProject => [new("T3", "total", "project")],
        ClaimKeys.FiscalTotal => [new("T4", "expense.total", "total"), new("T4", "income.total", "amount")],
        ClaimKeys.GpbTotal => [new("T5", "total", "total"), new("T4", "expense.total", "gpb")],
        ClaimKeys.GpbBasic => [new("T5", "total", "basic"), new("T6", "total", "total")],
        ClaimKeys.GpbProject => [new("T5", "total", "project"), new("T7", "total", "total")],
        ClaimKeys.GpbPersonnel => [new("T6", "total", "personnel")],
        ClaimKeys.GpbPublic => [new("T6", "total", "public")],
        ClaimKeys.Function when subject.Code is { } code => [new("T5", code.Digits, "total"), new("T3", code.Digits, "total")],
        ClaimKeys.ThreePublicTotal => [new("T10", "total", "total"), new("M", "three_public", "total")],
        ClaimKeys.ThreePublicOverseas => [new("T10", "overseas", "total"), new("M", "three_public", "overseas")],
        ClaimKeys.ThreePublicReception => [new("T10", "reception", "total"), new("M", "three_public", "reception")],
        ClaimKeys.ThreePublicVehicles => [new("T10", "vehicles", "total")],
        ClaimKeys.ThreePublicVehiclePurchase => [new("T10", "vehicle_purchase", "total"), new("M", "three_public", "vehicle_purchase")],
        ClaimKeys.ThreePublicVehicleOperation => [new("T10", "vehicle_operation", "total"), new("M", "three_public", "vehicle_operation")],
        ClaimKeys.OperatingCost => [new("M", "operating_cost", "amount")],
        _ => [],
    };
}
