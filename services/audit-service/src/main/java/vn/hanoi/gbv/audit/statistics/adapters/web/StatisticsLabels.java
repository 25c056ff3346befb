package vn.hanoi.gbv.audit.statistics.adapters.web;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Vietnamese words for the exported files: the names of the dimensions and of the codes counted under them.
 * A code without a word here (a new one, or a ward id) is shown as it is. A referral's value "TYPE:OUTCOME" is
 * shown as both words, "Công an: Đã tiếp nhận".
 */
final class StatisticsLabels {

    static final Map<String, String> DIMENSIONS = Map.ofEntries(
            entry("cases", "Tổng số vụ việc"),
            entry("ward", "Xã/phường"),
            entry("incidentType", "Loại hình bạo lực"),
            entry("context", "Bối cảnh vụ việc"),
            entry("sex", "Giới tính"),
            entry("ageBand", "Nhóm tuổi"),
            entry("reportSource", "Nguồn tiếp nhận"),
            entry("reportingDelay", "Thời gian từ khi xảy ra đến khi trình báo"),
            entry("referral", "Chuyển gửi (loại cơ quan: kết quả)"),
            entry("slaBreach", "Cơ quan quá hạn xác nhận chuyển gửi (theo loại cơ quan)"),
            entry("followUpOverdue", "Theo dõi quá hạn (theo loại)"),
            entry("closure", "Đóng vụ việc (theo lý do)"),
            entry("registrationToVerification", "Thời gian trung vị: tiếp nhận → xác minh"),
            entry("registrationToFirstAcceptance", "Thời gian trung vị: tiếp nhận → cơ quan đầu tiên nhận hỗ trợ"));

    static final Map<String, String> VALUES = Map.ofEntries(
            entry("ALL", "Tất cả"),
            entry("UNKNOWN", "Không rõ"),
            // incident types (GBVIMS)
            entry("RAPE", "Hiếp dâm"),
            entry("SEXUAL_ASSAULT", "Tấn công tình dục"),
            entry("PHYSICAL_ASSAULT", "Bạo lực thể chất"),
            entry("FORCED_MARRIAGE", "Cưỡng ép kết hôn"),
            entry("DENIAL_OF_RESOURCES", "Từ chối nguồn lực, cơ hội hoặc dịch vụ"),
            entry("PSYCHOLOGICAL_ABUSE", "Bạo lực tinh thần"),
            entry("NON_GBV", "Không phải bạo lực trên cơ sở giới"),
            // case contexts
            entry("INTIMATE_PARTNER", "Bạo lực do bạn đời/người yêu"),
            entry("OTHER_FAMILY", "Bạo lực do thành viên khác trong gia đình"),
            entry("CHILD_SEXUAL_ABUSE", "Xâm hại tình dục trẻ em"),
            entry("EARLY_MARRIAGE", "Tảo hôn"),
            entry("TRAFFICKING", "Mua bán người"),
            entry("SEXUAL_EXPLOITATION", "Bóc lột tình dục"),
            entry("WORKPLACE_HARASSMENT", "Quấy rối tại nơi làm việc"),
            entry("TECHNOLOGY_FACILITATED", "Bạo lực qua công nghệ/mạng"),
            entry("HARMFUL_PRACTICE", "Tập tục có hại"),
            // sex, age bands
            entry("FEMALE", "Nữ"),
            entry("MALE", "Nam"),
            entry("OTHER", "Khác"),
            entry("AGE_0_11", "0–11 tuổi"),
            entry("AGE_12_17", "12–17 tuổi"),
            entry("AGE_18_25", "18–25 tuổi"),
            entry("AGE_26_40", "26–40 tuổi"),
            entry("AGE_41_60", "41–60 tuổi"),
            entry("AGE_61_PLUS", "Từ 61 tuổi trở lên"),
            // sources of report
            entry("HOTLINE_111", "Tổng đài 111"),
            entry("WOMENS_UNION", "Hội Liên hiệp Phụ nữ"),
            entry("POLICE", "Công an"),
            entry("HEALTH", "Y tế"),
            entry("SCHOOL", "Nhà trường"),
            entry("TRUSTED_ADDRESS", "Địa chỉ tin cậy"),
            entry("COMMUNITY", "Cộng đồng"),
            entry("SELF", "Nạn nhân tự trình báo"),
            entry("ONLINE", "Trực tuyến"),
            // reporting delay
            entry("DAYS_0_3", "0–3 ngày"),
            entry("DAYS_4_5", "4–5 ngày"),
            entry("DAYS_6_14", "6–14 ngày"),
            entry("WEEKS_2_TO_MONTH_1", "2 tuần – 1 tháng"),
            entry("OVER_1_MONTH", "Trên 1 tháng"),
            // agency types (POLICE, HEALTH, WOMENS_UNION above)
            entry("LEGAL_AID", "Trợ giúp pháp lý"),
            entry("SHELTER", "Nhà tạm lánh"),
            entry("PSYCHOSOCIAL", "Tư vấn tâm lý – xã hội"),
            entry("SOCIAL_PROTECTION", "Bảo trợ xã hội"),
            entry("PEOPLES_COMMITTEE", "Ủy ban nhân dân"),
            // referral outcomes
            entry("PENDING", "Đang chờ"),
            entry("ACCEPTED", "Đã tiếp nhận"),
            entry("DECLINED", "Từ chối"),
            entry("REVOKED", "Đã thu hồi"),
            entry("COMPLETED", "Đã hoàn thành"),
            entry("SERVICE_PROVIDED", "Đã cung cấp dịch vụ"),
            entry("SERVICE_PARTLY_PROVIDED", "Đã cung cấp một phần dịch vụ"),
            entry("SURVIVOR_DECLINED_SERVICE", "Nạn nhân không nhận dịch vụ"),
            entry("SURVIVOR_UNREACHABLE", "Không liên lạc được với nạn nhân"),
            entry("REFERRED_ONWARD", "Chuyển tiếp đến dịch vụ khác"),
            // follow-up kinds
            entry("FIRST_SAFETY_CHECK", "Kiểm tra an toàn lần đầu"),
            entry("SERVICE_RECEIVED_CHECK", "Kiểm tra đã nhận dịch vụ"),
            entry("REFERRAL_OUTCOME_CHECK", "Kiểm tra kết quả chuyển gửi"),
            entry("NEXT_SAFETY_CHECK", "Kiểm tra an toàn định kỳ"),
            // closure causes (OTHER: see CLOSURE_OTHER)
            entry("SERVICES_COMPLETED", "Đã hoàn tất các dịch vụ"),
            entry("SURVIVOR_REQUEST", "Theo yêu cầu của nạn nhân"),
            entry("RELOCATED", "Nạn nhân chuyển nơi ở"),
            entry("LOST_CONTACT", "Mất liên lạc"),
            entry("TRANSFERRED", "Chuyển nơi khác quản lý"));

    /** Where a value means something else than in {@link #VALUES} under one dimension. */
    private static final Map<String, String> CLOSURE_OTHER = Map.of("OTHER", "Lý do khác");

    private StatisticsLabels() {
    }

    static String dimension(String dimension) {
        return DIMENSIONS.getOrDefault(dimension, dimension);
    }

    static String value(String dimension, String value) {
        if (value == null) {
            return "";
        }
        if (dimension.equals("referral") && value.contains(":")) {
            String[] parts = value.split(":", 2);
            return VALUES.getOrDefault(parts[0], parts[0]) + ": " + VALUES.getOrDefault(parts[1], parts[1]);
        }
        if (dimension.equals("closure") && CLOSURE_OTHER.containsKey(value)) {
            return CLOSURE_OTHER.get(value);
        }
        return VALUES.getOrDefault(value, value);
    }

    /** A time in minutes in words: "45 phút", "6 giờ", "1 ngày 12 giờ". */
    static String duration(long minutes) {
        long days = minutes / 1_440;
        long hours = minutes % 1_440 / 60;
        long rest = minutes % 60;
        StringBuilder words = new StringBuilder();
        if (days > 0) {
            words.append(days).append(" ngày");
        }
        if (hours > 0) {
            words.append(words.isEmpty() ? "" : " ").append(hours).append(" giờ");
        }
        if (rest > 0 || words.isEmpty()) {
            words.append(words.isEmpty() ? "" : " ").append(rest).append(" phút");
        }
        return words.toString();
    }

    /** Where a median lies: "từ 4 giờ đến dưới 6 giờ", or "trên 30 ngày" for the open bucket. */
    static String medianRange(long fromMinutes, Long toMinutes) {
        return toMinutes == null ? "trên " + duration(fromMinutes)
                : "từ " + duration(fromMinutes) + " đến dưới " + duration(toMinutes);
    }
}
