using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Checking;

/// <summary>
/// A consistent 2025 Xinjiang 单位预算 built in code, with the figures of seed 000 (新疆巴州人民政府办公室) where they agree
/// and its slips corrected (表6 303 = 99.09; 2101199 = 2.49 so that 21011 adds up; 整体绩效目标 = 收支总预算). Every rule must be silent on it.
/// </summary>
public static class CleanDocument
{
    public const string P1 = "巴州政府办公室政府服务保障项目";
    public const string P2 = "“放管服工作”及“12345”政府热线保障项目";
    public const string P3 = "电子政府网络维护费项目";
    public const string P4 = "全州推进协同办公平台应用项目";

    public static Disclosure Build() => Builder().Build();

    public static DocumentBuilder Builder()
    {
        var b = new DocumentBuilder();
        b.Meta(m => m with { UnitName = "新疆巴州人民政府办公室", Year = 2025, Template = "xinjiang-2025", Region = "新疆", Scope = DisclosureScope.Unit });
        b.Profile(x => new UnitProfile
        {
            Functions = [new LocatedText("负责自治州人民政府会议的准备工作。", x.Span()), new LocatedText("完成交办的其他任务。", x.Span())],
            InternalDepartments = ["综合一科", "综合二科", "综合三科", "综合四科", "公务处理科", "值班室", "州人民政府督查室", "州人民政府政务服务办公室", "政策法规科", "信息科", "组织人事科", "行政管理科"],
            InternalDepartmentCount = x.F(12),
            Staff = new StaffFigures { Quota = x.F(118), Actual = x.F(164), Active = x.F(91), ActiveChange = x.F(-4), Retired = x.F(73), RetiredChange = x.F(0), RetiredCadre = x.F(0), RetiredCadreChange = x.F(0) },
        });

        b.Table(TableId.T1, "单位收支总体情况表", t => t.Columns("amount")
            .Line("income.current", "一、本年收入", 2627.89m)
            .Line("income.gpb", "1.一般公共预算拨款", 2627.89m)
            .Line("income.gpb.general", "其中：一般财力", 2627.89m)
            .Line("income.gpb.transfer", "上级一般公共预算安排转移支付")
            .Line("income.gf", "2.政府性基金预算拨款")
            .Line("income.sc", "3.国有资本经营预算拨款")
            .Line("income.special", "4.财政专户核拨")
            .Line("income.unit", "5.单位资金")
            .Line("carryover", "二、上年结转结余")
            .Line("carryover.fiscal", "1.财政拨款结转")
            .Line("carryover.nonfiscal", "2.非财政拨款结转结余")
            .Line("expense.201", "201 一般公共服务支出", 2079.35m)
            .Line("expense.202", "202 外交支出")
            .Line("expense.205", "205 教育支出", 7.17m)
            .Line("expense.208", "208 社会保障和就业支出", 283.88m)
            .Line("expense.210", "210 卫生健康支出", 108.22m)
            .Line("expense.221", "221 住房保障支出", 149.27m)
            .Line("income.total", "收入总计", 2627.89m)
            .Line("expense.total", "支出总计", 2627.89m));

        b.Table(TableId.T2, "单位收入总体情况表", t => t.Columns("total", "fiscal", "gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer", "special", "unit", "fiscal_carryover", "nonfiscal_carryover")
            .Row("total", "总计", 2627.89m, 2627.89m, 2627.89m)
            .Row("201", "一般公共服务支出", 2079.35m, 2079.35m, 2079.35m)
            .Row("20103", "政府办公厅（室）及相关机构事务", 2079.35m, 2079.35m, 2079.35m)
            .Row("2010301", "行政运行", 1294.87m, 1294.87m, 1294.87m)
            .Row("2010302", "一般行政管理事务", 415.15m, 415.15m, 415.15m)
            .Row("2010350", "事业运行", 369.33m, 369.33m, 369.33m)
            .Row("205", "教育支出", 7.17m, 7.17m, 7.17m)
            .Row("20508", "进修及培训", 7.17m, 7.17m, 7.17m)
            .Row("2050803", "培训支出", 7.17m, 7.17m, 7.17m)
            .Row("208", "社会保障和就业支出", 283.88m, 283.88m, 283.88m)
            .Row("20805", "行政事业单位养老支出", 283.88m, 283.88m, 283.88m)
            .Row("2080501", "行政单位离退休", 98.51m, 98.51m, 98.51m)
            .Row("2080505", "机关事业单位基本养老保险缴费支出", 185.37m, 185.37m, 185.37m)
            .Row("210", "卫生健康支出", 108.22m, 108.22m, 108.22m)
            .Row("21011", "行政事业单位医疗", 108.22m, 108.22m, 108.22m)
            .Row("2101101", "行政单位医疗", 57.46m, 57.46m, 57.46m)
            .Row("2101102", "事业单位医疗", 23.64m, 23.64m, 23.64m)
            .Row("2101103", "公务员医疗补助", 24.63m, 24.63m, 24.63m)
            .Row("2101199", "其他行政事业单位医疗支出", 2.49m, 2.49m, 2.49m)
            .Row("221", "住房保障支出", 149.27m, 149.27m, 149.27m)
            .Row("22102", "住房改革支出", 149.27m, 149.27m, 149.27m)
            .Row("2210201", "住房公积金", 149.27m, 149.27m, 149.27m));

        foreach (var (id, title) in new[] { (TableId.T3, "单位支出总体情况表"), (TableId.T5, "一般公共预算支出情况表") })
        {
            b.Table(id, title, t => t.Columns("total", "basic", "project")
                .Row("total", "总计", 2627.89m, 2212.74m, 415.15m)
                .Row("201", "一般公共服务支出", 2079.35m, 1664.20m, 415.15m)
                .Row("20103", "政府办公厅（室）及相关机构事务", 2079.35m, 1664.20m, 415.15m)
                .Row("2010301", "行政运行", 1294.87m, 1294.87m, null)
                .Row("2010302", "一般行政管理事务", 415.15m, null, 415.15m)
                .Row("2010350", "事业运行", 369.33m, 369.33m, null)
                .Row("205", "教育支出", 7.17m, 7.17m, null)
                .Row("20508", "进修及培训", 7.17m, 7.17m, null)
                .Row("2050803", "培训支出", 7.17m, 7.17m, null)
                .Row("208", "社会保障和就业支出", 283.88m, 283.88m, null)
                .Row("20805", "行政事业单位养老支出", 283.88m, 283.88m, null)
                .Row("2080501", "行政单位离退休", 98.51m, 98.51m, null)
                .Row("2080505", "机关事业单位基本养老保险缴费支出", 185.37m, 185.37m, null)
                .Row("210", "卫生健康支出", 108.22m, 108.22m, null)
                .Row("21011", "行政事业单位医疗", 108.22m, 108.22m, null)
                .Row("2101101", "行政单位医疗", 57.46m, 57.46m, null)
                .Row("2101102", "事业单位医疗", 23.64m, 23.64m, null)
                .Row("2101103", "公务员医疗补助", 24.63m, 24.63m, null)
                .Row("2101199", "其他行政事业单位医疗支出", 2.49m, 2.49m, null)
                .Row("221", "住房保障支出", 149.27m, 149.27m, null)
                .Row("22102", "住房改革支出", 149.27m, 149.27m, null)
                .Row("2210201", "住房公积金", 149.27m, 149.27m, null));
            if (id == TableId.T3)
            {
                b.Table(TableId.T4, "财政拨款收支预算总体情况表", t => t.Columns("total", "gpb", "gf", "sc")
                    .Line("income.fiscal", "一、财政拨款（补助）", 2627.89m)
                    .Line("income.gpb", "一般公共预算", 2627.89m)
                    .Line("income.gf", "政府性基金预算")
                    .Line("income.sc", "国有资本经营预算")
                    .Line("expense.201", "201 一般公共服务支出", 2079.35m, 2079.35m)
                    .Line("expense.205", "205 教育支出", 7.17m, 7.17m)
                    .Line("expense.208", "208 社会保障和就业支出", 283.88m, 283.88m)
                    .Line("expense.210", "210 卫生健康支出", 108.22m, 108.22m)
                    .Line("expense.221", "221 住房保障支出", 149.27m, 149.27m)
                    .Line("income.total", "收入总计", 2627.89m)
                    .Line("expense.total", "支出总计", 2627.89m, 2627.89m));
            }
        }

        b.Table(TableId.T6, "一般公共预算基本支出情况表", t => t.Columns("total", "personnel", "public")
            .Row("total", "总计", 2212.74m, 1915.48m, 297.26m)
            .Row("301", "工资福利支出", 1816.39m, 1816.39m, null)
            .Row("30101", "基本工资", 487.23m, 487.23m, null)
            .Row("30102", "津贴补贴", 434.91m, 434.91m, null)
            .Row("30103", "奖金", 325.22m, 325.22m, null)
            .Row("30108", "机关事业单位基本养老保险缴费", 185.37m, 185.37m, null)
            .Row("30110", "职工基本医疗保险缴费", 81.10m, 81.10m, null)
            .Row("30111", "公务员医疗补助缴费", 24.63m, 24.63m, null)
            .Row("30112", "其他社会保障缴费", 21.97m, 21.97m, null)
            .Row("30113", "住房公积金", 149.27m, 149.27m, null)
            .Row("30199", "其他工资福利支出", 106.69m, 106.69m, null)
            .Row("302", "商品和服务支出", 297.26m, null, 297.26m)
            .Row("30201", "办公费", 10.93m, null, 10.93m)
            .Row("30205", "水费", 0.13m, null, 0.13m)
            .Row("30206", "电费", 0.24m, null, 0.24m)
            .Row("30207", "邮电费", 10.00m, null, 10.00m)
            .Row("30208", "取暖费", 18.08m, null, 18.08m)
            .Row("30209", "物业管理费", 1.76m, null, 1.76m)
            .Row("30211", "差旅费", 41.50m, null, 41.50m)
            .Row("30214", "租赁费", 4.40m, null, 4.40m)
            .Row("30216", "培训费", 7.17m, null, 7.17m)
            .Row("30217", "公务接待费", 1.00m, null, 1.00m)
            .Row("30226", "劳务费", 106.52m, null, 106.52m)
            .Row("30228", "工会经费", 9.55m, null, 9.55m)
            .Row("30229", "福利费", 8.60m, null, 8.60m)
            .Row("30231", "公务用车运行维护费", 73.00m, null, 73.00m)
            .Row("30299", "其他商品和服务支出", 4.38m, null, 4.38m)
            .Row("303", "对个人和家庭的补助", 99.09m, 99.09m, null)
            .Row("30302", "退休费", 21.68m, 21.68m, null)
            .Row("30305", "生活补助", 0.58m, 0.58m, null)
            .Row("30309", "奖励金", 76.83m, 76.83m, null));

        b.Table(TableId.T7, "一般公共预算项目支出情况表", t => t.Columns("total", "wages", "goods", "individuals", "debt", "capital_construction", "capital")
            .Row("total", "总计", 415.15m, null, 354.15m, null, null, 41.00m, 20.00m)
            .Row("201", "一般公共服务支出", 415.15m, null, 354.15m, null, null, 41.00m, 20.00m)
            .Row("20103", "政府办公厅（室）及相关机构事务", 415.15m, null, 354.15m, null, null, 41.00m, 20.00m)
            .Project("2010302", P1, 310.00m, null, 295.00m, null, null, null, 15.00m)
            .Project("2010302", P2, 38.50m, null, 38.50m)
            .Project("2010302", P3, 25.65m, null, 20.65m, null, null, null, 5.00m)
            .Project("2010302", P4, 41.00m, null, null, null, null, 41.00m));

        b.EmptyTable(TableId.T8, "政府性基金预算支出情况表", "新疆巴州人民政府办公室 2025 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。");
        b.EmptyTable(TableId.T9, "国有资本经营预算支出情况表", "新疆巴州人民政府办公室 2025 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。");
        b.Table(TableId.T10, "财政拨款“三公”经费支出情况表", t => t.Columns("total", "gpb", "gf", "sc")
            .Line("total", "合计", 84.00m, 84.00m)
            .Line("overseas", "因公出国（境）费")
            .Line("reception", "公务接待费", 1.00m, 1.00m)
            .Line("vehicles", "公务用车购置及运行费（小计）", 83.00m, 83.00m)
            .Line("vehicle_purchase", "其中：公务用车购置费")
            .Line("vehicle_operation", "公务用车运行费", 83.00m, 83.00m));
        b.EmptyTable(TableId.T11, "上年结转结余情况明细表", "新疆巴州人民政府办公室 2025 年没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表。");

        foreach (var (key, topic) in new[] { ("一", "收支总体"), ("二", "收入预算"), ("三", "支出预算"), ("四", "财政拨款收支"), ("五", "一般公共预算当年拨款"), ("六", "基本支出"), ("七", "项目支出"), ("八", "政府性基金"), ("九", "国有资本经营"), ("十", "三公经费"), ("十一", "上年结转结余"), ("十二", "其他重要事项") })
        {
            b.Section(key, topic);
        }
        b.Claim("一", ClaimKeys.Total, "收支总预算", 2627.89m);
        b.List("一", "income.sources", "一般公共预算");
        b.List("一", "expense.classes", "一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出");
        b.Claim("二", ClaimKeys.IncomeTotal, "单位收入预算", 2627.89m);
        b.Claim("二", ClaimKeys.IncomeGpb, "一般公共预算", 2627.89m, share: 100.00m, change: -3.83m, percent: 0.15m);
        b.Claim("三", ClaimKeys.ExpenseTotal, "支出预算", 2627.89m);
        b.Claim("三", ClaimKeys.ExpenseBasic, "基本支出", 2212.74m, share: 84.20m, change: -55.82m, percent: 2.46m);
        b.Claim("三", ClaimKeys.ExpenseProject, "项目支出", 415.15m, share: 15.80m, change: 51.99m, percent: 14.32m);
        b.Claim("四", ClaimKeys.FiscalTotal, "财政拨款收支总预算", 2627.89m);
        b.Claim("四", ClaimKeys.Function, "一般公共服务支出", 2079.35m, code: "201");
        b.Claim("五", ClaimKeys.GpbTotal, "一般公共预算拨款合计", 2627.89m);
        b.Claim("五.(一)", ClaimKeys.GpbBasic, "基本支出", 2212.74m, change: -55.82m, percent: 2.46m);
        b.Claim("五.(一)", ClaimKeys.GpbProject, "项目支出", 415.15m, change: 51.99m, percent: 14.32m);
        b.Claim("五.(二)", ClaimKeys.Function, "一般公共服务支出", 2079.35m, share: 79.13m, code: "201");
        b.Claim("五.(二)", ClaimKeys.Function, "教育支出", 7.17m, share: 0.27m, code: "205");
        b.Claim("五.(二)", ClaimKeys.Function, "社会保障和就业支出", 283.88m, share: 10.80m, code: "208");
        b.Claim("五.(二)", ClaimKeys.Function, "卫生健康支出", 108.22m, share: 4.12m, code: "210");
        b.Claim("五.(二)", ClaimKeys.Function, "住房保障支出", 149.27m, share: 5.68m, code: "221");
        b.Claim("五.(三)", ClaimKeys.Function, "行政运行", 1294.87m, change: 4.28m, percent: 0.33m, code: "2010301",
            path: ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"]);
        b.Claim("五.(三)", ClaimKeys.Function, "培训支出", 7.17m, change: -16.18m, percent: 69.29m, code: "2050803",
            path: ["教育支出", "进修及培训", "培训支出"]);
        b.Claim("六", ClaimKeys.GpbBasic, "一般公共预算基本支出", 2212.74m);
        b.Claim("六", ClaimKeys.GpbPersonnel, "人员经费", 1915.48m);
        b.Claim("六", ClaimKeys.GpbPublic, "公用经费", 297.26m);
        b.List("六", "gpb.basic.personnel.items", "基本工资", "津贴补贴", "奖金", "机关事业单位基本养老保险缴费", "职工基本医疗保险缴费", "公务员医疗补助缴费", "其他社会保障缴费", "住房公积金", "其他工资福利支出", "退休费", "生活补助", "奖励金");
        b.List("六", "gpb.basic.public.items", "办公费", "水费", "电费", "邮电费", "取暖费", "物业管理费", "差旅费", "租赁费", "培训费", "公务接待费", "劳务费", "工会经费", "福利费", "公务用车运行维护费", "其他商品和服务支出");
        b.Project(P1, 310.00m, ("运转经费", 183m), ("租赁公文流转专线", 25m), ("购置办公用品", 66.50m), ("开展会议", 19.50m), ("办公区域改造", 16m));
        b.Project(P2, 38.50m, ("采购办公耗材", 15.34m), ("运转经费", 10.76m), ("租赁政务服务热线专线", 2.40m), ("政务热线平台运维", 10m));
        b.Project(P3, 25.65m, ("运转经费", 7.50m), ("采购办公用品", 1.80m), ("政府网站监测", 1.50m), ("办公楼互联网专线运营维护", 14.85m));
        b.Project(P4, 41.00m, ("协同办公平台应用", 41m));
        b.Claim("十", ClaimKeys.ThreePublicTotal, "“三公”经费", 84.00m, change: -6.00m, percent: 6.67m);
        b.Claim("十", ClaimKeys.ThreePublicOverseas, "因公出国（境）费", 0.00m);
        b.Claim("十", ClaimKeys.ThreePublicVehiclePurchase, "公务用车购置费", 0.00m);
        b.Claim("十", ClaimKeys.ThreePublicVehicleOperation, "公务用车运行费", 83.00m, change: -6.00m, percent: 6.74m);
        b.Claim("十", ClaimKeys.ThreePublicReception, "公务接待费", 1.00m);
        b.Matters(x => new OtherMatters
        {
            OperatingCost = new Claim { Subject = new ClaimSubject(ClaimKeys.OperatingCost, "机关运行经费"), Amount = x.F(297.26m), Section = "十二.(一)", Span = x.Span() },
            Procurement = new Procurement { Total = x.F(331.89m), Goods = x.F(129.14m), Works = x.F(0.00m), Services = x.F(202.75m), Sme = x.F(331.89m), SmallMicro = x.F(331.89m), Span = x.Span() },
            Assets = new AssetHoldings
            {
                AsOfYear = 2024,
                BuildingArea = x.F(5128.00m),
                BuildingValue = x.F(110.23m),
                VehicleCount = x.F(20),
                VehicleValue = x.F(544.70m),
                Vehicles = [new VehicleCategory("一般公务用车", x.F(20), x.F(544.70m)), new VehicleCategory("执法执勤用车", x.F(0), x.F(0.00m)), new VehicleCategory("其他车辆", x.F(0), x.F(0.00m))],
                FurnitureValue = x.F(112.38m),
                OtherValue = x.F(818.99m),
                Equipment50 = x.F(0),
                Equipment100 = x.F(0),
                Span = x.Span(),
            },
            Performance = new PerformanceSummary { OverallTargetCount = x.F(1), OverallAmount = x.F(2627.89m), ProjectCount = x.F(4), FiscalProjectAmount = x.F(415.15m), NonFiscalProjectAmount = x.F(0.00m), Span = x.Span() },
        });
        b.Targets(P2, 38.50m, 15.34m, "采购办公耗材成本");
        b.Targets(P1, 310.00m, 183m);
        b.Targets(P3, 25.65m, 14.85m, "办公楼互联网专线运营维护费");
        b.Targets(P4, 41.00m, 41m, "协同办公平台应用成本");
        b.Glossary("财政拨款", "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。");
        b.Glossary("机关运行经费", "指行政单位（含参照公务员法管理事业单位）的公用经费。");
        return b;
    }
}
