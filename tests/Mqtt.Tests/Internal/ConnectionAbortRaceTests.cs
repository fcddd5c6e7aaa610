using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Internal;

/// <summary>
/// Aborting a connection races its release: a dead-link timer, a failed write, DisconnectAsync and
/// AbortAsync may cut a connection at the very moment its receive loop ends and releases it.
/// </summary>
public sealed class ConnectionAbortRaceTests
{
    private const int Rounds = 20_000;

    [Fact]
    public async Task A_release_that_completes_while_an_abort_is_half_done_does_not_break_the_abort()
    {
        // The keep-alive timer is disposed first thing in Abort: the test's timer holds the aborting
        // thread there until the receive loop's side (abort, then release) has run to completion.
        var insideAbort = new ManualResetEventSlim();
        var released = new ManualResetEventSlim();
        var options = new MqttClientOptions
        {
            Host = "127.0.0.1",
            ClientId = "race",
            TimeProvider = new TimerDisposeHook(() =>
            {
                insideAbort.Set();
                released.Wait(TaskTimeouts.Default);
            }),
        };
        var connection = new MqttConnection(Stream.Null, options);
        connection.Apply(new ConnAckPacket(), options);
        connection.KeepAlive!.Start();

        var aborting = Task.Factory.StartNew(() => connection.Abort(new MqttCommunicationException("cut by the test")), TaskCreationOptions.LongRunning);
        Assert.True(insideAbort.Wait(TaskTimeouts.Default), "Abort did not reach the keep-alive timer");
        connection.Abort(null);
        await connection.ReleaseAsync();
        released.Set();

        await aborting.WithTimeout("the first Abort finishing after the release");
        Assert.True(connection.Aborted.IsCancellationRequested);
        Assert.Equal("cut by the test", connection.AbortReason?.Message);
    }

    [Fact]
    public void Abort_racing_the_release_of_the_connection_never_throws()
    {
        var options = new MqttClientOptions { Host = "127.0.0.1", ClientId = "race" };
        var connections = Enumerable.Range(0, Rounds).Select(_ => new MqttConnection(Stream.Null, options)).ToArray();
        var failures = new List<Exception>();
        var start = new Barrier(2); // disposed only once both threads are done with it
        var calls = 0;

        // The two threads meet at the barrier every round: one aborts (as DisconnectAsync, AbortAsync
        // or the dead-link timer do), the other does what the receive loop does when it ends.
        var aborter = new Thread(() => Race(c => c.Abort(new MqttCommunicationException("cut by the test"))));
        var releaser = new Thread(() => Race(c =>
        {
            c.Abort(null);
            c.ReleaseAsync().GetAwaiter().GetResult();
        }));
        aborter.IsBackground = releaser.IsBackground = true; // a stalled pair must not keep the test host alive
        aborter.Start();
        releaser.Start();

        // A busy machine may take long over all rounds; a deadlock stops them advancing.
        var seen = -1;
        while (!(aborter.Join(TaskTimeouts.Default) & releaser.Join(TaskTimeouts.Default)))
        {
            var now = Volatile.Read(ref calls);
            Assert.True(now != seen, $"the racing threads stalled after {now} of {2 * Rounds} calls");
            seen = now;
        }

        start.Dispose();
        lock (failures)
        {
            Assert.True(failures.Count == 0, $"{failures.Count} of {Rounds} rounds threw; the first: {failures.FirstOrDefault()}");
        }

        Assert.All(connections, c => Assert.True(c.Aborted.IsCancellationRequested));

        void Race(Action<MqttConnection> action)
        {
            foreach (var connection in connections)
            {
                start.SignalAndWait();
                try
                {
                    action(connection);
                    Interlocked.Increment(ref calls);
                }
                catch (Exception e)
                {
                    lock (failures)
                    {
                        failures.Add(e);
                    }
                }
            }
        }
    }

    /// <summary>A clock whose timers never fire and run <paramref name="onDispose"/> when disposed.</summary>
    private sealed class TimerDisposeHook(Action onDispose) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Timer(onDispose);

        private sealed class Timer(Action onDispose) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose() => onDispose();

            public ValueTask DisposeAsync()
            {
                onDispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
