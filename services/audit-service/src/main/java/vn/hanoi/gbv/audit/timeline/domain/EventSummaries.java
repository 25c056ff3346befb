package vn.hanoi.gbv.audit.timeline.domain;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.UnknownEvent;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseLinked;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerificationOverdue;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;

/**
 * What a supervisor reads for each event on a timeline, in English and Vietnamese. The one place these texts
 * live. Built only from enum values of the event (risk level, agency type, follow-up kind), never from ids,
 * field lists or anything a person typed, so a summary cannot carry survivor data.
 */
public final class EventSummaries {

    public static final Summary UNKNOWN = new Summary("Unknown event", "Sự kiện không xác định");

    private static final Map<RiskLevel, Summary> RISK = Map.of(
            RiskLevel.LOW, new Summary("low", "thấp"),
            RiskLevel.MEDIUM, new Summary("medium", "trung bình"),
            RiskLevel.HIGH, new Summary("high", "cao"),
            RiskLevel.IMMEDIATE_DANGER, new Summary("immediate danger", "nguy hiểm tức thời"));

    private static final Map<AgencyType, Summary> AGENCY = Map.of(
            AgencyType.POLICE, new Summary("the police", "công an"),
            AgencyType.HEALTH, new Summary("health services", "cơ sở y tế"),
            AgencyType.LEGAL_AID, new Summary("legal aid", "trợ giúp pháp lý"),
            AgencyType.SHELTER, new Summary("a shelter", "nơi tạm lánh"),
            AgencyType.PSYCHOSOCIAL, new Summary("psychosocial support", "hỗ trợ tâm lý – xã hội"),
            AgencyType.SOCIAL_PROTECTION, new Summary("social protection", "bảo trợ xã hội"),
            AgencyType.PEOPLES_COMMITTEE, new Summary("the ward People's Committee", "UBND xã/phường"),
            AgencyType.WOMENS_UNION, new Summary("the Women's Union", "Hội Liên hiệp Phụ nữ"));

    private static final Summary SOME_AGENCY = new Summary("an agency", "cơ quan tiếp nhận");
    private static final Summary UNSTATED = new Summary("not stated", "chưa rõ");

    public static Summary of(CaseEvent event) {
        if (event instanceof UnknownEvent) {
            return UNKNOWN;
        }
        if (event instanceof CaseRegistered registered) {
            Summary risk = risk(registered.riskLevel());
            return new Summary("Case registered (risk: " + risk.english() + ")",
                    "Vụ việc đã được đăng ký (mức nguy cơ: " + risk.vietnamese() + ")");
        }
        if (event instanceof EmergencyCaseRegistered emergency) {
            Summary risk = risk(emergency.riskLevel());
            return new Summary("Emergency case registered (risk: " + risk.english() + ")",
                    "Vụ việc khẩn cấp đã được đăng ký (mức nguy cơ: " + risk.vietnamese() + ")");
        }
        if (event instanceof CaseVerified) {
            return new Summary("Case verified by the ward", "Vụ việc đã được xác minh cấp xã/phường");
        }
        if (event instanceof CaseRejected) {
            return new Summary("Case rejected by the ward", "Vụ việc bị từ chối ở cấp xã/phường");
        }
        if (event instanceof CaseVerificationOverdue) {
            return new Summary("Verification overdue", "Quá hạn xác minh vụ việc");
        }
        if (event instanceof CaseUpdated updated) {
            // Which fields changed is left out: names today, but a list of strings is where free text creeps in.
            if (updated.riskLevel() == null) {
                return new Summary("Case updated", "Vụ việc đã được cập nhật");
            }
            Summary risk = risk(updated.riskLevel());
            return new Summary("Case updated (risk: " + risk.english() + ")",
                    "Vụ việc đã được cập nhật (mức nguy cơ: " + risk.vietnamese() + ")");
        }
        if (event instanceof ConsentChanged changed) {
            if (changed.withdrawnFrom() == null || changed.withdrawnFrom().isEmpty()) {
                return new Summary("Consent changed", "Sự đồng ý đã thay đổi");
            }
            Summary from = agencies(changed.withdrawnFrom());
            return new Summary("Consent changed: withdrawn from " + from.english(),
                    "Sự đồng ý đã thay đổi: rút lại với " + from.vietnamese());
        }
        if (event instanceof CaseAccessed) {
            return new Summary("Case viewed", "Hồ sơ vụ việc đã được xem");
        }
        if (event instanceof SurvivorDataDisclosed disclosed) {
            Summary agency = agency(disclosed.agencyType());
            return new Summary("Survivor data disclosed to " + agency.english(),
                    "Thông tin nạn nhân đã được cung cấp cho " + agency.vietnamese());
        }
        if (event instanceof CaseLinked) {
            return new Summary("Case linked to another case of the same survivor",
                    "Vụ việc đã được liên kết với một vụ việc khác của cùng nạn nhân");
        }
        if (event instanceof ReferralCreated created) {
            Summary agency = agency(created.agencyType());
            return new Summary("Referred to " + agency.english(), "Đã chuyển gửi đến " + agency.vietnamese());
        }
        if (event instanceof ReferralAccepted accepted) {
            Summary agency = agency(accepted.agencyType());
            return new Summary("Referral accepted by " + agency.english(),
                    "Chuyển gửi đã được " + agency.vietnamese() + " tiếp nhận");
        }
        if (event instanceof ReferralDeclined declined) {
            Summary agency = agency(declined.agencyType());
            // The written reason stays in referral: it is free text and may name the survivor.
            return new Summary("Referral declined by " + agency.english(),
                    "Chuyển gửi bị " + agency.vietnamese() + " từ chối");
        }
        if (event instanceof FollowUpScheduled scheduled) {
            return "FIRST_SAFETY_CHECK".equals(scheduled.kind())
                    ? new Summary("First safety check scheduled", "Đã lên lịch kiểm tra an toàn lần đầu")
                    : new Summary("Follow-up scheduled", "Đã lên lịch theo dõi");
        }
        // The rest say the same thing whatever their content; codes only, never free text.
        Summary fixed = BY_TYPE.get(event.getClass().getSimpleName());
        if (fixed != null) {
            return fixed;
        }
        // Catalogued, but not worded here yet: its type name says what happened better than "unknown" would.
        String type = event.getClass().getSimpleName();
        return new Summary(type, type);
    }

    private static final Map<String, Summary> BY_TYPE = Map.ofEntries(
            Map.entry("ConsentChanged", new Summary("Consent changed", "Sự đồng ý đã được thay đổi")),
            Map.entry("ReferralAcknowledged", new Summary("Referral acknowledged by the agency",
                    "Cơ quan đã xác nhận nhận chuyển gửi")),
            Map.entry("ReferralCompleted", new Summary("Referral completed", "Chuyển gửi đã hoàn thành")),
            Map.entry("ReferralRevoked", new Summary("Referral revoked", "Chuyển gửi đã bị thu hồi")),
            Map.entry("ReferralRerouted", new Summary("Referral re-routed to another agency",
                    "Chuyển gửi đã được chuyển sang cơ quan khác")),
            Map.entry("ReferralNeedsSupervisor", new Summary("No agency left: referral waits for a supervisor",
                    "Không còn cơ quan phù hợp: chuyển gửi chờ giám sát viên")),
            Map.entry("ReferralEscalated", new Summary("Referral not acknowledged in time: escalated",
                    "Chuyển gửi không được xác nhận đúng hạn: đã báo cáo lên")),
            Map.entry("ReferralNoteAdded", new Summary("Note added for the receiving agency",
                    "Đã thêm ghi chú cho cơ quan tiếp nhận")),
            Map.entry("ConsentOverridden", new Summary("Consent overridden by a supervisor (immediate danger)",
                    "Giám sát viên vượt quyền đồng ý (nguy hiểm tức thời)")),
            Map.entry("NoContactRequested", new Summary("No-contact order requested",
                    "Đã đề nghị quyết định cấm tiếp xúc")),
            Map.entry("NoContactIssued", new Summary("No-contact order issued by the chair",
                    "Chủ tịch UBND đã ra quyết định cấm tiếp xúc")),
            Map.entry("NoContactRefused", new Summary("No-contact order refused in writing",
                    "Đề nghị cấm tiếp xúc bị từ chối bằng văn bản")),
            Map.entry("NoContactDecisionOverdue", new Summary("No-contact decision not made within 12 hours",
                    "Quá 12 giờ chưa quyết định cấm tiếp xúc")),
            Map.entry("NoContactExpired", new Summary("No-contact order expired", "Quyết định cấm tiếp xúc đã hết hiệu lực")),
            Map.entry("NoContactCancelled", new Summary("No-contact order cancelled", "Quyết định cấm tiếp xúc đã bị hủy")),
            Map.entry("FollowUpRecorded", new Summary("Follow-up recorded", "Đã ghi nhận lần theo dõi")),
            Map.entry("NewNeedsIdentified", new Summary("New needs identified at follow-up",
                    "Phát hiện nhu cầu mới khi theo dõi")),
            Map.entry("FollowUpOverdue", new Summary("Follow-up overdue", "Lần theo dõi đã quá hạn")),
            Map.entry("FollowUpEscalated", new Summary("Overdue follow-up escalated to a supervisor",
                    "Lần theo dõi quá hạn đã được báo cáo giám sát viên")),
            Map.entry("FollowUpCancelled", new Summary("Follow-up cancelled", "Lần theo dõi đã bị hủy")),
            Map.entry("CaseClosureRequested", new Summary("Closure requested", "Đã đề nghị đóng vụ việc")),
            Map.entry("CaseClosureRejected", new Summary("Closure request rejected by a supervisor",
                    "Giám sát viên không đồng ý đóng vụ việc")),
            Map.entry("CaseClosed", new Summary("Case closed (approved by a supervisor)",
                    "Vụ việc đã đóng (giám sát viên phê duyệt)")),
            Map.entry("CaseReopened", new Summary("Case reopened", "Vụ việc đã được mở lại")),
            Map.entry("AgencyDirectoryChanged", new Summary("Agency directory changed", "Danh bạ cơ quan đã thay đổi")),
            Map.entry("TimelineCheckpointed", new Summary("Timeline checkpoint signed",
                    "Đã ký điểm kiểm tra của dòng thời gian")));

    private static Summary risk(RiskLevel level) {
        return level == null ? UNSTATED : RISK.get(level);
    }

    private static Summary agency(AgencyType type) {
        return type == null ? SOME_AGENCY : AGENCY.get(type);
    }

    private static Summary agencies(Set<AgencyType> types) {
        var sorted = types.stream().sorted().map(AGENCY::get).toList();
        return new Summary(sorted.stream().map(Summary::english).collect(Collectors.joining(", ")),
                sorted.stream().map(Summary::vietnamese).collect(Collectors.joining(", ")));
    }

    private EventSummaries() {
    }
}
