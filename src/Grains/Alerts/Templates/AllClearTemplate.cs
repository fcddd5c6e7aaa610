namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>All-clear (thông báo kết thúc cảnh báo): the danger is over; sent as a new Alert, or as an Update of the alert it ends.</summary>
internal static class AllClearTemplate
{
    public static readonly AlertTemplate Value = new()
    {
        Name = "all-clear",
        VietnameseName = "kết thúc cảnh báo",
        Category = AlertCategory.Other,
        Event = "Kết thúc cảnh báo",
        Urgency = AlertUrgency.Past,
        Severity = AlertSeverity.Minor,
        Certainty = AlertCertainty.Observed,
        Headline = "Thông báo kết thúc cảnh báo thiên tai",
        Description = "Nguy hiểm do thiên tai trên địa bàn {areas} đã qua. Chính quyền địa phương thông báo kết thúc cảnh báo.",
        Instruction = "Bà con có thể trở về nhà nhưng cần kiểm tra an toàn nhà cửa và hệ thống điện trước khi sử dụng; không đến gần khu vực sạt lở, cây đổ, dây điện bị đứt; vệ sinh môi trường, phòng chống dịch bệnh sau thiên tai; tiếp tục theo dõi thông tin trên loa truyền thanh.",
        Text = "Thông báo kết thúc cảnh báo thiên tai. Nguy hiểm do thiên tai trên địa bàn {areas} đã qua. Bà con có thể trở về nhà nhưng cần kiểm tra an toàn nhà cửa và hệ thống điện trước khi sử dụng, không đến gần khu vực sạt lở, cây đổ hoặc dây điện bị đứt. Đề nghị bà con vệ sinh môi trường, phòng chống dịch bệnh sau thiên tai và tiếp tục theo dõi thông tin trên loa truyền thanh.",
        Repeat = 2,
        RepeatIntervalS = 60,
        Validity = TimeSpan.FromHours(2),
    };
}
