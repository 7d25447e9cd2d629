using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Yusuan.Storage;
using Yusuan.Storage.Web;

namespace Yusuan.Web.Security;

/// <summary>What an account may do. A reviewer checks, reads the corpus, saves and runs batches; an admin also deletes.</summary>
public enum Role
{
    Reviewer,
    Admin,
}

public static class Roles
{
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static string Key(Role role) => role == Role.Admin ? Admin : Reviewer;

    public static Role? Parse(string? key) => key switch
    {
        Admin => Role.Admin,
        Reviewer => Role.Reviewer,
        _ => null,
    };

    public static string ChineseName(Role role) => role == Role.Admin ? "管理员" : "审核人员";
}

public sealed record Account(string Name, Role Role, string PasswordHash, bool Disabled);

/// <summary>An API token as listed: its public id, never its secret.</summary>
public sealed record ApiToken(string Id, string Account, string? Label, string CreatedAt, string? LastUsedAt);

/// <summary>Accounts and API tokens. Secrets are stored hashed: passwords by PBKDF2, tokens by SHA-256.</summary>
public interface IAccountStore
{
    IReadOnlyList<Account> List();

    Account? Find(string name);

    /// <summary>Adds an account with the given password; false when the name is taken.</summary>
    bool Add(string name, Role role, string password);

    bool SetPassword(string name, string password);

    bool SetRole(string name, Role role);

    bool Remove(string name);

    /// <summary>Creates a token for an account and returns its secret (shown once).</summary>
    string CreateToken(string account, string? label);

    /// <summary>The account a token secret belongs to, if the token exists and the account is enabled.</summary>
    Account? FindByToken(string secret);

    IReadOnlyList<ApiToken> Tokens(string? account = null);

    bool RemoveToken(string id);
}

/// <summary>Account rules shared by every store: names, password strength, token format.</summary>
public static class AccountRules
{
    public const string TokenPrefix = "ysk_";

    /// <summary>A name is 1–64 characters without spaces or control characters (Chinese names are fine).</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "账户名不能为空。";
        if (name.Length > 64) return "账户名不能超过 64 个字符。";
        if (name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "账户名不能含空格或控制字符。";
        return null;
    }

    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < 10 ? "密码至少 10 个字符。" : null;

    /// <summary>A random secret: "ysk_" + 8 characters of public id + "_" + 32 bytes in base64url.</summary>
    public static (string Id, string Secret) NewToken()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = $"{TokenPrefix}{id}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (id, secret);
    }

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A random initial password of 16 characters (for an account created without one).</summary>
    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(12));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Accounts in the corpus store (tables web_accounts, web_tokens), shared with <c>yusuan account</c>.</summary>
public sealed class StoreAccounts(CorpusStore store) : IAccountStore
{
    private readonly WebAccounts table = new(store);

    // Token look-ups are on every API request; a valid token is remembered for a short while so a busy script does
    // not cost a database round trip per call. Revoking through the app takes effect at once, through the CLI within
    // this interval.
    private static readonly TimeSpan TokenCacheTime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Account Account, string Id, DateTime Until)> tokens = new(StringComparer.Ordinal);

    public IReadOnlyList<Account> List() => table.List().Select(ToAccount).OfType<Account>().ToList();

    public Account? Find(string name) => table.Find(name) is { } row ? ToAccount(row) : null;

    public bool Add(string name, Role role, string password) => table.Add(name, Roles.Key(role), Passwords.Hash(password));

    public bool SetPassword(string name, string password)
    {
        tokens.Clear();
        return table.SetPassword(name, Passwords.Hash(password));
    }

    public bool SetRole(string name, Role role)
    {
        tokens.Clear();
        return table.SetRole(name, Roles.Key(role));
    }

    public bool Remove(string name)
    {
        tokens.Clear();
        return table.Remove(name);
    }

    public string CreateToken(string account, string? label)
    {
        var (id, secret) = AccountRules.NewToken();
        table.AddToken(id, account, AccountRules.HashToken(secret), label);
        return secret;
    }

    public Account? FindByToken(string secret)
    {
        var hash = AccountRules.HashToken(secret);
        if (tokens.TryGetValue(hash, out var hit) && hit.Until > DateTime.UtcNow) return hit.Account;
        if (table.FindToken(hash) is not { } row || Find(row.Account) is not { Disabled: false } account)
        {
            tokens.TryRemove(hash, out _);
            return null;
        }
        if (!tokens.ContainsKey(hash)) table.TouchToken(row.Id);
        tokens[hash] = (account, row.Id, DateTime.UtcNow + TokenCacheTime);
        return account;
    }

    public IReadOnlyList<ApiToken> Tokens(string? account = null) =>
        table.Tokens(account).Select(t => new ApiToken(t.Id, t.Account, t.Label, t.CreatedAt, t.LastUsedAt)).ToList();

    public bool RemoveToken(string id)
    {
        foreach (var (hash, entry) in tokens)
        {
            if (entry.Id == id) tokens.TryRemove(hash, out _);
        }
        return table.RemoveToken(id);
    }

    private static Account? ToAccount(AccountRow row) =>
        Roles.Parse(row.Role) is { } role ? new Account(row.Name, role, row.PasswordHash, row.Disabled != 0) : null;
}

/// <summary>Accounts held in memory (tests, and an app without a store).</summary>
public sealed class InMemoryAccounts : IAccountStore
{
    private readonly ConcurrentDictionary<string, Account> accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Hash, ApiToken Token)> tokens = new(StringComparer.Ordinal);

    public IReadOnlyList<Account> List() => accounts.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    public Account? Find(string name) => accounts.GetValueOrDefault(name);

    public bool Add(string name, Role role, string password) => accounts.TryAdd(name, new Account(name, role, Passwords.Hash(password), false));

    public bool SetPassword(string name, string password) => Update(name, a => a with { PasswordHash = Passwords.Hash(password) });

    public bool SetRole(string name, Role role) => Update(name, a => a with { Role = role });

    public bool Remove(string name)
    {
        foreach (var (id, t) in tokens)
        {
            if (t.Token.Account == name) tokens.TryRemove(id, out _);
        }
        return accounts.TryRemove(name, out _);
    }

    public string CreateToken(string account, string? label)
    {
        var (id, secret) = AccountRules.NewToken();
        tokens[id] = (AccountRules.HashToken(secret), new ApiToken(id, account, label, DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture), null));
        return secret;
    }

    public Account? FindByToken(string secret)
    {
        var hash = AccountRules.HashToken(secret);
        var token = tokens.Values.FirstOrDefault(t => t.Hash == hash).Token;
        return token is not null && Find(token.Account) is { Disabled: false } a ? a : null;
    }

    public IReadOnlyList<ApiToken> Tokens(string? account = null) =>
        tokens.Values.Select(t => t.Token).Where(t => account is null || t.Account == account).OrderBy(t => t.CreatedAt, StringComparer.Ordinal).ToList();

    public bool RemoveToken(string id) => tokens.TryRemove(id, out _);

    private bool Update(string name, Func<Account, Account> change)
    {
        if (!accounts.TryGetValue(name, out var a)) return false;
        accounts[name] = change(a);
        return true;
    }
}
