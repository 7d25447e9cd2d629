using System.Collections.Concurrent;

namespace Yusuan.Web.Security;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed sign-ins for one name (or 4× that from one address)
/// within <see cref="Window"/>, further attempts are refused until the window passes; and at most two password hashes are
/// computed at once, so a flood of sign-ins cannot take the CPU from the checks.
/// </summary>
public sealed class SignInThrottle(TimeProvider? clock = null)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Since)> failures = new(StringComparer.Ordinal);

    public SemaphoreSlim Hashing { get; } = new(2, 2);

    public bool IsLocked(string name, string address) =>
        Count("n:" + name) >= MaxFailures || Count("a:" + address) >= MaxFailures * 4;

    public void Failed(string name, string address)
    {
        Add("n:" + name);
        Add("a:" + address);
        if (failures.Count > 100_000) failures.Clear();
    }

    public void Succeeded(string name) => failures.TryRemove("n:" + name, out _);

    private int Count(string key) =>
        failures.TryGetValue(key, out var f) && clock.GetUtcNow() - f.Since < Window ? f.Failures : 0;

    private void Add(string key)
    {
        var now = clock.GetUtcNow();
        failures.AddOrUpdate(key, _ => (1, now), (_, f) => now - f.Since < Window ? (f.Failures + 1, f.Since) : (1, now));
    }
}
