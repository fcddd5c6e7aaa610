using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.TestSupport;

/// <summary>
/// Collects log entries written through Microsoft.Extensions.Logging so a test can fail on
/// error-level lines (bugs that only log) and assert on warnings it expects.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public IEnumerable<LogEntry> AtLeast(LogLevel level) => _entries.Where(e => e.Level >= level);

    /// <summary>Throws when any entry at Error or above was written, listing them.</summary>
    public void ThrowIfErrors(Func<LogEntry, bool>? expected = null)
    {
        var errors = AtLeast(LogLevel.Error).Where(e => expected is null || !expected(e)).ToList();
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{errors.Count} error log line(s) were written:{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors));
        }
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception, properties));
        }
    }
}

public sealed record LogEntry(
    LogLevel Level,
    string Category,
    string Message,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> Properties)
{
    public override string ToString() => $"[{Level}] {Category}: {Message}{(Exception is null ? "" : " " + Exception)}";
}
