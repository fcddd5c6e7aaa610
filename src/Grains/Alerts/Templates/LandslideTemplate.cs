namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>Landslide and riverbank-collapse warning (cảnh báo sạt lở đất, sạt lở bờ sông): act now, valid 6 hours.</summary>
internal static class LandslideTemplate
{
    public static readonly AlertTemplate Value = new()
    {
        Name = "landslide",
        VietnameseName = "sạt lở đất",
        Category = AlertCategory.Geo,
        Event = "Sạt lở đất",
        Urgency = AlertUrgency.Immediate,
        Severity = AlertSeverity.Severe,
        Certainty = AlertCertainty.Likely,
        Headline = "Cảnh báo sạt lở đất, sạt lở bờ sông",
        Description = "Khu vực ven sông, kênh rạch và những nơi đã có vết nứt đất trên địa bàn {areas} có nguy cơ sạt lở rất cao trong những giờ tới.",
        Instruction = "Người dân ở gần khu vực có nguy cơ sạt lở khẩn trương di dời người và tài sản đến nơi an toàn; không đến gần, không neo đậu ghe thuyền tại khu vực sạt lở; khi thấy đất nứt, nhà nghiêng, cây đổ hoặc nghe tiếng động lạ, báo ngay cho chính quyền địa phương.",
        Text = "Thông báo khẩn về nguy cơ sạt lở đất. Khu vực ven sông, kênh rạch và những nơi đã có vết nứt đất trên địa bàn {areas} có nguy cơ sạt lở rất cao. Đề nghị bà con sống gần khu vực nguy hiểm khẩn trương di dời người và tài sản đến nơi an toàn, không đến gần và không neo đậu ghe thuyền tại khu vực sạt lở. Khi thấy đất nứt, nhà nghiêng hoặc nghe tiếng động lạ, hãy báo ngay cho chính quyền địa phương.",
        Repeat = 3,
        RepeatIntervalS = 60,
        Validity = TimeSpan.FromHours(6),
    };
}
