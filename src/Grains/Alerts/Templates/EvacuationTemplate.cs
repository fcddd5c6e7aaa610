namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>Evacuation order (lệnh sơ tán khẩn cấp): the most urgent, repeated five times, valid 4 hours.</summary>
internal static class EvacuationTemplate
{
    public static readonly AlertTemplate Value = new()
    {
        Name = "evacuation",
        VietnameseName = "sơ tán",
        Category = AlertCategory.Safety,
        Event = "Sơ tán khẩn cấp",
        Urgency = AlertUrgency.Immediate,
        Severity = AlertSeverity.Extreme,
        Certainty = AlertCertainty.Likely,
        Headline = "Lệnh sơ tán khẩn cấp",
        Description = "Thiên tai đang đe dọa trực tiếp tính mạng người dân. Chính quyền địa phương yêu cầu sơ tán ngay người dân ra khỏi khu vực nguy hiểm trên địa bàn {areas}.",
        Instruction = "Rời khỏi nhà ngay theo hướng dẫn của lực lượng chức năng; mang theo giấy tờ tùy thân, thuốc men và nhu yếu phẩm cần thiết; đến điểm sơ tán tập trung tại trụ sở Ủy ban nhân dân xã, phường hoặc trường học gần nhất; ngắt cầu dao điện, khóa bình ga trước khi đi; giúp đỡ người già, trẻ em và người khuyết tật.",
        Text = "Lệnh sơ tán khẩn cấp. Thiên tai đang đe dọa trực tiếp tính mạng người dân trên địa bàn {areas}. Đề nghị bà con rời khỏi nhà ngay theo hướng dẫn của lực lượng chức năng, mang theo giấy tờ tùy thân, thuốc men và nhu yếu phẩm cần thiết, đến điểm sơ tán tập trung tại trụ sở Ủy ban nhân dân hoặc trường học gần nhất. Trước khi đi, ngắt cầu dao điện, khóa bình ga. Hãy giúp đỡ người già, trẻ em và người khuyết tật cùng sơ tán.",
        Repeat = 5,
        RepeatIntervalS = 30,
        Validity = TimeSpan.FromHours(4),
    };
}
