namespace Yusuan.Core.Model.Schema;

/// <summary>Column keys of the canonical tables (spec/cells.md and the compatible extensions of docs/table-schema.md).
/// Constants, so that readers, rules, the generator and renderers name a column the same way and a typo is a compile
/// error.</summary>
public static class Col
{
    public const string Amount = "amount";
    public const string Total = "total";
    public const string Current = "current";
    public const string Fiscal = "fiscal";
    public const string Gpb = "gpb";
    public const string GpbTransfer = "gpb_transfer";
    public const string Gf = "gf";
    public const string GfTransfer = "gf_transfer";
    public const string Sc = "sc";
    public const string ScTransfer = "sc_transfer";
    public const string Special = "special";
    public const string Unit = "unit";
    public const string Business = "business";
    public const string Operating = "operating";
    public const string Upper = "upper";
    public const string Affiliated = "affiliated";
    public const string Other = "other";
    public const string FundOffset = "fund_offset";
    public const string Carryover = "carryover";
    public const string CarryoverGpb = "carryover_gpb";
    public const string CarryoverGf = "carryover_gf";
    public const string CarryoverSc = "carryover_sc";
    public const string CarryoverSpecial = "carryover_special";
    public const string CarryoverUnit = "carryover_unit";
    public const string FiscalCarryover = "fiscal_carryover";
    public const string NonfiscalCarryover = "nonfiscal_carryover";
    public const string Basic = "basic";
    public const string Personnel = "personnel";
    public const string Public = "public";
    public const string Project = "project";
    public const string ProjectExclConstruction = "project_excl_construction";
    public const string UpperRemit = "upper_remit";
    public const string Subsidy = "subsidy";
    public const string Reserve = "reserve";
    public const string Carryforward = "carryforward";
    public const string Wages = "wages";
    public const string Goods = "goods";
    public const string Individuals = "individuals";
    public const string Debt = "debt";
    public const string CapitalConstruction = "capital_construction";
    public const string Capital = "capital";
    public const string EnterpriseConstruction = "enterprise_construction";
    public const string Enterprise = "enterprise";
    public const string SocialSecurityFund = "social_security_fund";
    public const string CarryBegin = "carry_begin";
    public const string Income = "income";
    public const string CarryEnd = "carry_end";
    public const string Budget = "budget";
    public const string Final = "final";
    public const string Prior = "prior";
    public const string Change = "change";
    public const string ChangePct = "change_pct";
    public const string Nonfiscal = "nonfiscal";
}

/// <summary>Row keys that are not classification codes.</summary>
public static class RowKey
{
    public const string Total = "total";

    /// <summary>“三公” items (T10 rows, or the columns of a horizontal 三公 table).</summary>
    public const string Overseas = "overseas";
    public const string Reception = "reception";
    public const string Vehicles = "vehicles";
    public const string VehiclePurchase = "vehicle_purchase";
    public const string VehicleOperation = "vehicle_operation";
    public const string OperatingCost = "operating_cost";
    public const string Meeting = "meeting";
    public const string Training = "training";
    public const string Admin = "admin";
}
