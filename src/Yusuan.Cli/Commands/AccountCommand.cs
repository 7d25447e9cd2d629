using System.CommandLine;
using Yusuan.Storage;
using Yusuan.Web.Security;

namespace Yusuan.Cli.Commands;

/// <summary>
/// <c>yusuan account add|list|remove|password|role|token|tokens|revoke</c>: the web app's accounts and API tokens, kept
/// in the corpus store (<c>--db</c>/<c>--pg</c>, as for <c>yusuan serve</c>). The first admin account is made here, on the
/// server; a password or token is printed once and stored only as a hash.
/// </summary>
internal static class AccountCommand
{
    public static Command Create()
    {
        var command = new Command("account", "网页的账户和 API 令牌 / web app accounts and API tokens");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Password());
        command.Subcommands.Add(SetRole());
        command.Subcommands.Add(Token());
        command.Subcommands.Add(Tokens());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Argument<string> NameArgument() => new("name") { Description = "账户名 / account name" };

    private static Option<string> RoleOption()
    {
        var role = new Option<string>("--role") { Description = "reviewer（审核人员）| admin（管理员）", DefaultValueFactory = _ => Roles.Reviewer };
        role.AcceptOnlyFromAmong(Roles.Reviewer, Roles.Admin);
        return role;
    }

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "从标准输入读取密码（否则随机生成并显示一次）/ read the password from stdin (else one is generated)" };

    private static Command Add()
    {
        var name = NameArgument();
        var role = RoleOption();
        var stdin = PasswordStdin();
        var store = new StoreOptions();
        var command = new Command("add", "新建账户 / add an account") { name, role, stdin };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var accountName = result.GetValue(name)!.Trim();
            if (AccountRules.NameProblem(accountName) is { } problem) return Fail(problem);
            var (password, generated) = ReadPassword(result.GetValue(stdin));
            if (password is null) return 2;
            var accounts = Open(store, result);
            var r = Roles.Parse(result.GetValue(role)) ?? Role.Reviewer;
            if (!accounts.Add(accountName, r, password)) return Fail($"账户“{accountName}”已存在。/ Account exists.");
            Console.Error.WriteLine($"已创建账户“{accountName}”（{Roles.ChineseName(r)}）。/ Account created.");
            if (generated) Console.Out.WriteLine(password);
            if (generated) Console.Error.WriteLine("上面是初始密码，只显示这一次；登录后可在“账户”页修改。/ The initial password above is shown once.");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var store = new StoreOptions();
        var command = new Command("list", "列出账户 / list accounts");
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var accounts = Open(store, result);
            var rows = accounts.List().Select(a => (IReadOnlyList<string>)[a.Name, Roles.ChineseName(a.Role), a.Disabled ? "停用" : "正常",
                accounts.Tokens(a.Name).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList();
            Console.Out.Write(TextTable.Render(["账户", "角色", "状态", "令牌"], rows));
            return 0;
        }));
        return command;
    }

    private static Command Remove()
    {
        var name = NameArgument();
        var store = new StoreOptions();
        var command = new Command("remove", "删除账户及其令牌 / remove an account and its tokens") { name };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
            Open(store, result).Remove(result.GetValue(name)!) ? Done("已删除。/ Removed.") : Fail("找不到这个账户。/ No such account.")));
        return command;
    }

    private static Command Password()
    {
        var name = NameArgument();
        var stdin = PasswordStdin();
        var store = new StoreOptions();
        var command = new Command("password", "重设密码（已登录的会话随之失效）/ reset a password") { name, stdin };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var (password, generated) = ReadPassword(result.GetValue(stdin));
            if (password is null) return 2;
            if (!Open(store, result).SetPassword(result.GetValue(name)!, password)) return Fail("找不到这个账户。/ No such account.");
            if (generated) Console.Out.WriteLine(password);
            return Done("已重设密码。/ Password reset.");
        }));
        return command;
    }

    private static Command SetRole()
    {
        var name = NameArgument();
        var role = RoleOption();
        var store = new StoreOptions();
        var command = new Command("role", "修改角色 / change an account's role") { name, role };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
            Open(store, result).SetRole(result.GetValue(name)!, Roles.Parse(result.GetValue(role)) ?? Role.Reviewer)
                ? Done("已修改。/ Changed.") : Fail("找不到这个账户。/ No such account.")));
        return command;
    }

    private static Command Token()
    {
        var name = NameArgument();
        var label = new Option<string?>("--label") { Description = "用途说明 / what the token is for" };
        var store = new StoreOptions();
        var command = new Command("token", "为账户新建 API 令牌（只显示一次）/ create an API token") { name, label };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var accounts = Open(store, result);
            var accountName = result.GetValue(name)!;
            if (accounts.Find(accountName) is null) return Fail("找不到这个账户。/ No such account.");
            Console.Out.WriteLine(accounts.CreateToken(accountName, result.GetValue(label)));
            Console.Error.WriteLine("上面是 API 令牌，只显示这一次。调用接口时加请求头 Authorization: Bearer 令牌。/ The token above is shown once.");
            return 0;
        }));
        return command;
    }

    private static Command Tokens()
    {
        var name = new Argument<string?>("name") { Description = "账户名（不填则列出全部）/ account name", Arity = ArgumentArity.ZeroOrOne };
        var store = new StoreOptions();
        var command = new Command("tokens", "列出 API 令牌（只有编号，没有令牌本身）/ list API tokens") { name };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
        {
            var rows = Open(store, result).Tokens(result.GetValue(name)).Select(t => (IReadOnlyList<string>)[t.Id, t.Account, t.Label ?? "", t.CreatedAt, t.LastUsedAt ?? "—"]).ToList();
            Console.Out.Write(TextTable.Render(["编号", "账户", "用途", "创建", "最近使用"], rows));
            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "令牌编号（yusuan account tokens 列出）/ token id" };
        var store = new StoreOptions();
        var command = new Command("revoke", "撤销 API 令牌（运行中的服务最多 30 秒后生效）/ revoke an API token") { id };
        store.AddTo(command);
        command.SetAction(result => StoreOptions.Run(() =>
            Open(store, result).RemoveToken(result.GetValue(id)!) ? Done("已撤销。/ Revoked.") : Fail("找不到这个令牌。/ No such token.")));
        return command;
    }

    private static StoreAccounts Open(StoreOptions store, ParseResult result) => new(CorpusStore.Open(store.Location(result)));

    /// <summary>A password from stdin (checked), or a generated one.</summary>
    private static (string? Password, bool Generated) ReadPassword(bool fromStdin)
    {
        if (!fromStdin) return (AccountRules.NewPassword(), true);
        var password = Console.In.ReadLine()?.TrimEnd('\r', '\n');
        if (AccountRules.PasswordProblem(password) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return (null, false);
        }
        return (password, false);
    }

    private static int Done(string message)
    {
        Console.Error.WriteLine(message);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
