namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>Storm warning (cảnh báo bão): valid 6 hours, the next bulletin comes as an Update before then.</summary>
internal static class StormTemplate
{
    public static readonly AlertTemplate Value = new()
    {
        Name = "storm",
        VietnameseName = "bão",
        Category = AlertCategory.Met,
        Event = "Bão",
        Urgency = AlertUrgency.Expected,
        Severity = AlertSeverity.Severe,
        Certainty = AlertCertainty.Likely,
        Headline = "Cảnh báo bão: gió mạnh, mưa to, nước sông dâng cao",
        Description = "Bão đang tiến gần đất liền. Trong những giờ tới, trên địa bàn {areas} có gió mạnh, mưa to đến rất to, nước sông dâng cao, nguy cơ ngập úng, sạt lở và tốc mái nhà.",
        Instruction = "Chằng chống nhà cửa, gia cố mái tôn, chặt tỉa cây xanh quanh nhà; đưa ghe, tàu thuyền vào nơi neo đậu an toàn, không ra sông, ra biển; người già, trẻ em và người đang ở nhà tạm, nhà yếu di chuyển đến nơi trú tránh an toàn; hạn chế ra đường khi có gió mạnh; theo dõi thông tin trên loa truyền thanh.",
        Text = "Thông báo khẩn về bão. Bão đang tiến gần, trên địa bàn {areas} sắp có gió mạnh và mưa to. Đề nghị bà con khẩn trương chằng chống nhà cửa, đưa ghe, tàu thuyền vào nơi neo đậu an toàn, không ra sông, ra biển. Người già, trẻ em và người đang ở nhà tạm, nhà yếu di chuyển ngay đến nơi trú tránh an toàn theo hướng dẫn của chính quyền địa phương. Hạn chế ra đường khi có gió mạnh và thường xuyên theo dõi thông tin trên loa truyền thanh.",
        Repeat = 3,
        RepeatIntervalS = 60,
        Validity = TimeSpan.FromHours(6),
    };
}
