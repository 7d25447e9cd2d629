using System.Globalization;
using Dapper;

namespace Yusuan.Storage.Web;

/// <summary>A stored account of the web app. The password is only ever kept as the hash the web app made of it.</summary>
public sealed class AccountRow
{
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string CreatedAt { get; set; } = string.Empty;
    public int Disabled { get; set; }
}

/// <summary>A stored API token: its public id (shown in lists) and the SHA-256 of its secret, never the secret.</summary>
public sealed class TokenRow
{
    public string Id { get; set; } = string.Empty;
    public string Account { get; set; } = string.Empty;
    public string SecretHash { get; set; } = string.Empty;
    public string? Label { get; set; }
    public string CreatedAt { get; set; } = string.Empty;
    public string? LastUsedAt { get; set; }
}

/// <summary>The web_accounts and web_tokens tables (migration 010).</summary>
public sealed class WebAccounts(CorpusStore store)
{
    static WebAccounts() => Querying.DapperSetup.Initialize();

    public IReadOnlyList<AccountRow> List()
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.Query<AccountRow>("SELECT name, role, password_hash, created_at, disabled FROM web_accounts ORDER BY name").ToList();
    }

    public AccountRow? Find(string name)
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.QuerySingleOrDefault<AccountRow>("SELECT name, role, password_hash, created_at, disabled FROM web_accounts WHERE name = @name", new { name });
    }

    /// <summary>Adds an account; false when the name is taken.</summary>
    public bool Add(string name, string role, string passwordHash)
    {
        using var c = store.OpenConnection();
        return c.Execute(
            "INSERT INTO web_accounts (name, role, password_hash, created_at, disabled) VALUES (@name, @role, @passwordHash, @at, 0) ON CONFLICT (name) DO NOTHING",
            new { name, role, passwordHash, at = Now() }) == 1;
    }

    public bool SetPassword(string name, string passwordHash)
    {
        using var c = store.OpenConnection();
        return c.Execute("UPDATE web_accounts SET password_hash = @passwordHash WHERE name = @name", new { name, passwordHash }) == 1;
    }

    public bool SetRole(string name, string role)
    {
        using var c = store.OpenConnection();
        return c.Execute("UPDATE web_accounts SET role = @role WHERE name = @name", new { name, role }) == 1;
    }

    /// <summary>Removes an account and its tokens.</summary>
    public bool Remove(string name)
    {
        using var c = store.OpenConnection();
        using var tx = c.BeginTransaction();
        c.Execute("DELETE FROM web_tokens WHERE account = @name", new { name }, tx);
        var removed = c.Execute("DELETE FROM web_accounts WHERE name = @name", new { name }, tx) == 1;
        tx.Commit();
        return removed;
    }

    public void AddToken(string id, string account, string secretHash, string? label)
    {
        using var c = store.OpenConnection();
        c.Execute("INSERT INTO web_tokens (id, account, secret_hash, label, created_at) VALUES (@id, @account, @secretHash, @label, @at)",
            new { id, account, secretHash, label, at = Now() });
    }

    public TokenRow? FindToken(string secretHash)
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.QuerySingleOrDefault<TokenRow>(
            "SELECT id, account, secret_hash, label, created_at, last_used_at FROM web_tokens WHERE secret_hash = @secretHash", new { secretHash });
    }

    public IReadOnlyList<TokenRow> Tokens(string? account = null)
    {
        using var c = store.OpenConnection(readOnly: true);
        return c.Query<TokenRow>(
            "SELECT id, account, secret_hash, label, created_at, last_used_at FROM web_tokens WHERE (@account IS NULL OR account = @account) ORDER BY account, created_at",
            new { account }).ToList();
    }

    public bool RemoveToken(string id)
    {
        using var c = store.OpenConnection();
        return c.Execute("DELETE FROM web_tokens WHERE id = @id", new { id }) == 1;
    }

    public void TouchToken(string id)
    {
        using var c = store.OpenConnection();
        c.Execute("UPDATE web_tokens SET last_used_at = @at WHERE id = @id", new { id, at = Now() });
    }

    internal static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
