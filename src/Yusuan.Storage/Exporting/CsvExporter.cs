using System.Text;
using Yusuan.Core.Export;

namespace Yusuan.Storage.Exporting;

/// <summary>Writes each export table as UTF-8 CSV (LF, RFC 4180 quoting) into a directory.</summary>
public static class CsvExporter
{
    public static IReadOnlyList<string> Export(CorpusStore store, string directory)
    {
        Directory.CreateDirectory(directory);
        using var connection = store.OpenConnection(readOnly: true);
        var written = new List<string>();
        foreach (var table in ExportTables.All)
        {
            var path = Path.Combine(directory, table.Name + ".csv");
            Write(path, ExportTables.Header(connection, table), ExportTables.Rows(connection, table).Select(r => r.Row));
            written.Add(path);
        }
        return written;
    }

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        // Write to a temporary file and move it into place: an interrupted export leaves no half-written CSV.
        var temp = path + ".partial";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(string.Join(',', header.Select(CellsCsv.Escape)));
            var line = new StringBuilder();
            foreach (var row in rows)
            {
                line.Clear();
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0) line.Append(',');
                    line.Append(CellsCsv.Escape(ExportTables.Text(row[i])));
                }
                writer.WriteLine(line);
            }
        }
        File.Move(temp, path, overwrite: true);
    }
}
