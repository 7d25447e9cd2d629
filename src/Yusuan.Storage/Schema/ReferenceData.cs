using System.Data.Common;
using Dapper;
using Yusuan.Core.Classification;

namespace Yusuan.Storage.Schema;

/// <summary>Fills the <c>classification</c> table (功能分类 and 经济分类 codes and names) from the core's embedded catalog,
/// so SQL can label function and economic codes; on Citus it is a reference table copied to every node.</summary>
internal static class ReferenceData
{
    public static void Seed(DbConnection connection, DbTransaction tx)
    {
        var catalog = ClassificationCatalog.Default;
        var rows = catalog.Functions.Select(e => new { kind = "function", code = e.Code, level = (int)e.Level, name = e.Name, parent = e.ParentCode })
            .Concat(catalog.Economics.Select(e => new { kind = "economic", code = e.Code, level = (int)e.Level, name = e.Name, parent = e.ParentCode }));
        connection.Execute(
            "INSERT INTO classification (kind, code, level, name, parent_code) VALUES (@kind, @code, @level, @name, @parent) ON CONFLICT (kind, code) DO NOTHING",
            rows, tx);
    }
}
