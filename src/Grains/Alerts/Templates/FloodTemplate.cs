namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>Flood warning (cảnh báo lũ): valid 12 hours; Mekong floods rise over days.</summary>
internal static class FloodTemplate
{
    public static readonly AlertTemplate Value = new()
    {
        Name = "flood",
        VietnameseName = "lũ",
        Category = AlertCategory.Met,
        Event = "Lũ",
        Urgency = AlertUrgency.Expected,
        Severity = AlertSeverity.Severe,
        Certainty = AlertCertainty.Likely,
        Headline = "Cảnh báo lũ: nước sông lên nhanh, nguy cơ ngập sâu",
        Description = "Mực nước trên các sông, kênh rạch đang lên nhanh. Vùng trũng thấp, ven sông và ngoài đê bao trên địa bàn {areas} có nguy cơ ngập sâu, sạt lở bờ sông và chia cắt đường giao thông.",
        Instruction = "Kê cao, di chuyển tài sản, lương thực, giống cây trồng lên nơi cao; gia cố bờ bao, đê bao; không để trẻ em tắm, chơi đùa gần sông, kênh rạch; không đi qua đoạn đường, cầu tạm bị ngập; chuẩn bị sẵn sàng di dời khi có lệnh của chính quyền địa phương.",
        Text = "Thông báo khẩn về lũ. Nước sông đang lên nhanh, vùng trũng thấp, ven sông và ngoài đê bao trên địa bàn {areas} có nguy cơ ngập sâu. Đề nghị bà con kê cao, di chuyển tài sản và lương thực lên nơi cao, gia cố bờ bao. Tuyệt đối không để trẻ em tắm, chơi đùa gần sông, kênh rạch; không đi qua đoạn đường bị ngập. Chuẩn bị sẵn sàng di dời khi có lệnh của chính quyền địa phương.",
        Repeat = 3,
        RepeatIntervalS = 60,
        Validity = TimeSpan.FromHours(12),
    };
}
