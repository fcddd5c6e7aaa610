using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

/// <summary>Alerts that pass every rule at <see cref="Now"/>, for tests to break one field at a time.</summary>
public static class SampleAlerts
{
    public static readonly DateTimeOffset Now = new(2025, 11, 22, 8, 0, 0, TimeSpan.FromHours(7));

    public static AlertMessage Text() => new()
    {
        Identifier = "DT-2025-BAO15-001",
        Sender = "bchptds@dongthap.gov.vn",
        Sent = Now,
        Event = "Bão số 15",
        Category = AlertCategory.Met,
        Urgency = AlertUrgency.Expected,
        Severity = AlertSeverity.Severe,
        Certainty = AlertCertainty.Likely,
        Headline = "Cảnh báo bão số 15",
        Description = "Bão số 15 đang tiến gần đất liền.",
        Instruction = "Chằng chống nhà cửa, đưa ghe thuyền vào nơi neo đậu an toàn.",
        AreaCodes = ["29308", "29224"],
        Text = "Thông báo khẩn về bão số 15 trên địa bàn xã Mỹ Hiệp và phường Sa Đéc.",
        Volume = 100,
        Repeat = 3,
        RepeatIntervalS = 60,
        Expires = Now.AddHours(6),
    };

    public static AlertMessage Audio() => Text() with
    {
        Text = null,
        Audio = new AlertAudio("https://media.dongthap.gov.vn/alerts/bao15.mp3", new string('a', 32) + new string('0', 32), 74.5),
    };

    public static AlertMessage Update() => Text() with
    {
        Identifier = "DT-2025-BAO15-002",
        MessageType = AlertMessageType.Update,
        References = "DT-2025-BAO15-001",
    };

    public static AlertMessage Cancel() => Text() with
    {
        Identifier = "DT-2025-BAO15-003",
        MessageType = AlertMessageType.Cancel,
        References = "DT-2025-BAO15-001",
        Text = null,
        Audio = null,
    };

    /// <summary>The problems of <paramref name="message"/> at <see cref="Now"/>.</summary>
    public static IReadOnlyList<AlertProblem> Problems(AlertMessage message) => AlertRules.Validate(message, Now);

    /// <summary>The one problem <paramref name="message"/> has, which must be about <paramref name="field"/>.</summary>
    public static AlertProblem SingleProblem(AlertMessage message, string field)
    {
        var problem = Assert.Single(Problems(message));
        Assert.Equal(field, problem.Field);
        return problem;
    }
}
