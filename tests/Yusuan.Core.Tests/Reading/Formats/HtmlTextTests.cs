using System.Text;
using Yusuan.Core.Reading.Formats;

namespace Yusuan.Core.Tests.Reading.Formats;

/// <summary>A published HTML page becomes lines; its tables keep their column grid; nothing in it is run.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Spanned_header_cells_and_rowspans_keep_the_figures_in_their_columns()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>x</title><style>p{}</style><script>alert(1)</script></head><body>
            <h2>部门支出总体情况表</h2><p>编制部门：测试局&nbsp;&nbsp;单位：万元</p>
            <table>
              <thead><tr><th colspan="3">功能分类科目编码</th><th rowspan="2">科目名称</th><th colspan="2">支出预算</th></tr>
                     <tr><th>类</th><th>款</th><th>项</th><th>基本支出</th><th>项目支出</th></tr></thead>
              <tbody><tr><td>201</td><td></td><td></td><td>一般公共<br>服务支出</td><td>870.35</td><td>178.31</td></tr></tbody>
            </table>
            <p>一、收支预算总体情况<br>收入预算 1,314.73 万元。</p><script>document.write('不应出现')</script>
            </body></html>
            """;

        var text = DocumentText.Extract(Encoding.UTF8.GetBytes(html), "公开.html");

        Assert.True(text.Success, text.Error);
        Assert.Equal(
            [
                "部门支出总体情况表", "编制部门：测试局 单位：万元",
                "功能分类科目编码\t\t\t科目名称\t支出预算", "类\t款\t项\t\t基本支出\t项目支出",
                "201\t\t\t一般公共服务支出\t870.35\t178.31", "一、收支预算总体情况", "收入预算 1,314.73 万元。",
            ],
            text.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
