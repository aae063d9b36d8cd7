"""The report's KPIs as data, in the five site languages, and the report's 2025 news-sentiment
Trust Index per cluster as external values with their source."""

from datetime import date
from decimal import Decimal

from django.db import migrations

LANGUAGES = ("ko", "en", "zh_hans", "ja", "vi")

UNITS = {
    "index": ("지수(0–1)", "index (0–1)", "指数（0–1）", "指数（0–1）", "chỉ số (0–1)"),
    "growth": ("기준연도 대비 %", "% vs baseline year", "相对基准年的%", "基準年比 %", "% so với năm gốc"),
    "share": ("%", "%", "%", "%", "%"),
    "agreements": ("건", "agreements", "项", "件", "thỏa thuận"),
    "editions": ("회", "editions", "场", "回", "lần"),
    "people": ("명", "people", "人", "人", "người"),
    "registrations": ("건", "registrations", "份", "件", "lượt"),
    "items": ("건", "items", "条", "件", "mục"),
    "days": ("일", "days", "天", "日", "ngày"),
}

# code, formula, target, direction, headline, unit, baseline year, names, descriptions
DEFINITIONS = [
    (
        "trust_index", "trust_index", "0.90", "at_least", True, "index", None,
        ("신뢰지수", "Trust Index", "信任指数", "信頼指数", "Chỉ số Tin cậy"),
        (
            "주민이 강남구의 국제 교류와 행정을 얼마나 신뢰하는지를 포털 기록으로 계산한 지수입니다: "
            "만족도, 응답성, 해결률, 재참여율의 가중 평균.",
            "How far residents trust Gangnam-gu's international exchange and administration, "
            "computed from the portal's records: the weighted mean of satisfaction, "
            "responsiveness, resolution and return participation.",
            "根据门户记录计算的居民对江南区国际交流与行政的信任程度：满意度、响应性、解决率和再参与率的加权平均。",
            "ポータルの記録から算出した、江南区の国際交流と行政に対する住民の信頼度です。満足度・応答性・解決率・"
            "再参加率の加重平均です。",
            "Mức độ người dân tin tưởng hoạt động giao lưu quốc tế và hành chính của quận Gangnam, "
            "tính từ dữ liệu của cổng thông tin: trung bình có trọng số của mức độ hài lòng, khả "
            "năng phản hồi, tỷ lệ giải quyết và tỷ lệ tham gia lại.",
        ),
    ),
    (
        "exchange_agreements", "agreement_growth", "0.25", "at_least", True, "growth", 2024,
        (
            "국제 교류 협약",
            "International exchange agreements",
            "国际交流协议",
            "国際交流協定",
            "Thỏa thuận giao lưu quốc tế",
        ),
        (
            "자매·우호도시(산타클라라, 메구로, 하이뎬)와 해외 기관 MOU 중 유효한 협약 수의 기준연도 대비 증가율"
            "입니다. 목표는 +25%입니다.",
            "Growth in the agreements in force — sister and friendship cities (Santa Clara, "
            "Meguro, Haidian) and MOUs with foreign institutions — against the baseline year. "
            "The target is +25%.",
            "有效协议（友好城市圣克拉拉、目黑、海淀以及与外国机构的谅解备忘录）数量相对基准年的增长率，目标为+25%。",
            "有効な協定（姉妹・友好都市のサンタクララ、目黒、海淀と海外機関とのMOU）の基準年比の増加率です。"
            "目標は+25%です。",
            "Mức tăng số thỏa thuận còn hiệu lực — thành phố kết nghĩa, hữu nghị (Santa Clara, "
            "Meguro, Haidian) và MOU với các tổ chức nước ngoài — so với năm gốc. Mục tiêu là "
            "+25%.",
        ),
    ),
    (
        "programs_on_schedule", "programs_on_schedule", "1.0", "at_least", True, "share", None,
        (
            "정기 시민참여 외교 프로그램",
            "Regular citizen-participation programs",
            "定期市民参与外交项目",
            "市民参加外交プログラムの定例開催",
            "Chương trình ngoại giao có người dân tham gia được tổ chức định kỳ",
        ),
        (
            "정해진 주기(예: 매년 10월)가 있는 프로그램 회차 중 예정된 달에 열린 회차의 비율입니다. 목표는 100%"
            "입니다.",
            "The share of the scheduled editions of every program with a cadence (e.g. yearly "
            "in October) that were held in their month. The target is 100%.",
            "所有有固定周期（如每年10月）的项目中，按计划月份举办的场次所占比例，目标为100%。",
            "周期（例：毎年10月）が決まっているプログラムの予定回のうち、予定の月に開催された回の割合です。"
            "目標は100%です。",
            "Tỷ lệ các lần tổ chức theo lịch của mọi chương trình có chu kỳ (ví dụ hằng năm vào "
            "tháng 10) được tổ chức đúng tháng. Mục tiêu là 100%.",
        ),
    ),
    (
        "news_trust_index", "", "0.90", "at_least", False, "index", None,
        (
            "신뢰지수(뉴스 감성 분석)",
            "Trust Index (news sentiment analysis)",
            "信任指数（新闻情感分析）",
            "信頼指数（ニュース感情分析）",
            "Chỉ số Tin cậy (phân tích cảm xúc tin tức)",
        ),
        (
            "보고서의 AI 뉴스 감성 분석으로 구한 클러스터별 신뢰지수입니다. 포털 밖의 값으로, 직원이 출처와 함께 "
            "입력합니다.",
            "The Trust Index per cluster from the report's AI analysis of news sentiment. A "
            "value from outside the portal, entered by staff with its source.",
            "报告中通过AI新闻情感分析得出的各集群信任指数。这是来自门户之外的数值，由工作人员连同来源一起录入。",
            "報告書のAIニュース感情分析によるクラスター別の信頼指数です。ポータル外の値で、職員が出典とともに"
            "入力します。",
            "Chỉ số Tin cậy theo từng cụm từ phân tích cảm xúc tin tức bằng AI của báo cáo. Đây "
            "là giá trị từ bên ngoài cổng thông tin, do cán bộ nhập kèm nguồn.",
        ),
    ),
    (
        "trust_satisfaction", "satisfaction", None, "at_least", False, "index", None,
        ("만족도", "Satisfaction", "满意度", "満足度", "Mức độ hài lòng"),
        (
            "행사 설문과 민원 답변 평가(1–5점)를 0–1로 환산한 평균입니다.",
            "Event surveys and ratings of answers (1–5), scaled to 0–1 and averaged.",
            "活动问卷和对答复的评分（1–5分）换算为0–1后的平均值。",
            "イベントアンケートと回答への評価（1〜5）を0〜1に換算した平均です。",
            "Khảo sát sự kiện và đánh giá câu trả lời (1–5), quy đổi về 0–1 rồi lấy trung bình.",
        ),
    ),
    (
        "trust_responsiveness", "responsiveness", None, "at_least", False, "share", None,
        ("응답성", "Responsiveness", "响应性", "応答性", "Khả năng phản hồi"),
        (
            "처리 기한 안에 답변한 민원의 비율입니다.",
            "The share of items answered within their service time.",
            "在处理期限内答复的意见所占比例。",
            "処理期限内に回答した案件の割合です。",
            "Tỷ lệ ý kiến được trả lời trong thời hạn xử lý.",
        ),
    ),
    (
        "trust_resolution", "resolution", None, "at_least", False, "share", None,
        ("해결률", "Resolution", "解决率", "解決率", "Tỷ lệ giải quyết"),
        (
            "처리가 끝난 민원 중 반려되지 않고 해결되어 종결된 비율입니다(중복 제외).",
            "The share of finished items that were closed as resolved rather than rejected "
            "(duplicates left out).",
            "已办结的意见中解决并结案（而非驳回）的比例（不含重复件）。",
            "処理が終わった案件のうち、却下ではなく解決として終了した割合です（重複は除く）。",
            "Tỷ lệ ý kiến đã xử lý xong được đóng do đã giải quyết thay vì bị từ chối (không "
            "tính ý kiến trùng lặp).",
        ),
    ),
    (
        "trust_return_participation", "return_participation", None, "at_least", False, "share",
        None,
        ("재참여율", "Return participation", "再参与率", "再参加率", "Tỷ lệ tham gia lại"),
        (
            "행사 출석자 중 이전 행사에도 출석한 사람의 비율입니다.",
            "The share of event check-ins by people who had attended an earlier event.",
            "活动签到者中曾参加过以往活动的人所占比例。",
            "イベントのチェックインのうち、以前のイベントにも参加した人の割合です。",
            "Tỷ lệ lượt điểm danh của những người đã từng tham dự một sự kiện trước đó.",
        ),
    ),
    (
        "agreements_active", "agreements_active", None, "at_least", False, "agreements", None,
        ("유효 협약 수", "Agreements in force", "有效协议数", "有効な協定数", "Số thỏa thuận còn hiệu lực"),
        (
            "기간 말일에 유효한 자매·우호도시 협약과 MOU의 수입니다.",
            "Sister-city, friendship-city and MOU agreements in force on the last day of the "
            "period.",
            "期末当天有效的友好城市协议和谅解备忘录数量。",
            "期間の最終日に有効な姉妹・友好都市協定とMOUの数です。",
            "Số thỏa thuận thành phố kết nghĩa, hữu nghị và MOU còn hiệu lực vào ngày cuối kỳ.",
        ),
    ),
    (
        "editions_held", "editions_held", None, "at_least", False, "editions", None,
        ("개최 회차", "Editions held", "举办场次", "開催回数", "Số lần tổ chức"),
        (
            "기간 중 시작한 프로그램 행사의 수입니다.",
            "Program events that started in the period.",
            "期间内开始的项目活动数量。",
            "期間中に始まったプログラムのイベント数です。",
            "Số sự kiện của các chương trình bắt đầu trong kỳ.",
        ),
    ),
    (
        "participants_per_edition", "participants_per_edition", None, "at_least", False, "people",
        None,
        ("회차당 참여자", "Participants per edition", "每场参与人数", "1回あたりの参加者数", "Số người tham gia mỗi lần"),
        (
            "끝난 회차당 출석한 사람의 평균 수입니다.",
            "The mean number of people checked in per edition that ended.",
            "每场已结束活动的平均签到人数。",
            "終了した回ごとのチェックインした人の平均数です。",
            "Số người điểm danh trung bình trên mỗi lần tổ chức đã kết thúc.",
        ),
    ),
    (
        "foreign_participant_share", "foreign_participant_share", None, "at_least", False,
        "share", None,
        (
            "외국인 참여 비율",
            "Foreign participants",
            "外籍参与者比例",
            "外国籍参加者の割合",
            "Tỷ lệ người tham gia nước ngoài",
        ),
        (
            "국적을 밝힌 출석자 중 한국 외 국적인 사람의 비율입니다.",
            "Among people checked in who stated a nationality, the share with a nationality "
            "other than Korean.",
            "在说明国籍的签到者中，非韩国国籍者所占比例。",
            "国籍を答えたチェックイン者のうち、韓国以外の国籍の人の割合です。",
            "Trong số người điểm danh có khai quốc tịch, tỷ lệ người có quốc tịch khác Hàn Quốc.",
        ),
    ),
    (
        "registrations", "registrations", None, "at_least", False, "registrations", None,
        ("참가 신청", "Registrations", "报名", "参加申込", "Lượt đăng ký"),
        (
            "기간 중 접수된 참가 신청(확정 및 대기) 수입니다.",
            "Registrations made in the period, confirmed or on the waiting list.",
            "期间内的报名数（已确认和候补）。",
            "期間中の参加申込数（確定とキャンセル待ち）です。",
            "Số lượt đăng ký trong kỳ, đã xác nhận hoặc trong danh sách chờ.",
        ),
    ),
    (
        "check_ins", "check_ins", None, "at_least", False, "registrations", None,
        ("출석 확인", "Check-ins", "签到", "チェックイン", "Lượt điểm danh"),
        (
            "기간 중 행사에서 출석 확인된 신청 수입니다.",
            "Registrations checked in at an event in the period.",
            "期间内在活动现场签到的报名数。",
            "期間中にイベントでチェックインした申込数です。",
            "Số lượt đăng ký được điểm danh tại sự kiện trong kỳ.",
        ),
    ),
    (
        "attendance_rate", "attendance_rate", None, "at_least", False, "share", None,
        ("출석률", "Attendance rate", "出席率", "出席率", "Tỷ lệ tham dự"),
        (
            "확정된 신청 중 출석 확인된 비율입니다.",
            "The share of confirmed registrations that were checked in.",
            "已确认报名中完成签到的比例。",
            "確定した申込のうちチェックインした割合です。",
            "Tỷ lệ lượt đăng ký đã xác nhận được điểm danh.",
        ),
    ),
    (
        "feedback_received", "feedback_received", None, "at_least", False, "items", None,
        ("접수된 의견", "Feedback received", "收到的意见", "受け付けた意見", "Ý kiến đã nhận"),
        (
            "기간 중 접수된 민원, 질문, 제안, 칭찬과 행사 설문 수입니다.",
            "Complaints, questions, suggestions, praise and event surveys received in the period.",
            "期间内收到的投诉、咨询、建议、表扬和活动问卷数量。",
            "期間中に受け付けた苦情・質問・提案・称賛とイベントアンケートの数です。",
            "Số khiếu nại, câu hỏi, đề xuất, lời khen và khảo sát sự kiện nhận được trong kỳ.",
        ),
    ),
    (
        "mean_response_days", "mean_response_days", None, "at_most", False, "days", None,
        (
            "평균 첫 답변 시간",
            "Mean time to first answer",
            "平均首次答复时间",
            "最初の回答までの平均時間",
            "Thời gian trung bình đến câu trả lời đầu tiên",
        ),
        (
            "접수부터 첫 답변까지 걸린 평균 일수입니다.",
            "The mean number of days from receipt to the first answer.",
            "从收到到首次答复的平均天数。",
            "受付から最初の回答までの平均日数です。",
            "Số ngày trung bình từ khi nhận đến câu trả lời đầu tiên.",
        ),
    ),
    (
        "mean_resolution_days", "mean_resolution_days", None, "at_most", False, "days", None,
        (
            "평균 처리 완료 시간",
            "Mean time to finish",
            "平均办结时间",
            "完了までの平均時間",
            "Thời gian trung bình để hoàn tất",
        ),
        (
            "접수부터 처리 완료(종결, 반려, 중복)까지 걸린 평균 일수입니다.",
            "The mean number of days from receipt until an item is closed, rejected or marked "
            "duplicate.",
            "从收到到办结（结案、驳回或重复）的平均天数。",
            "受付から完了（終了・却下・重複）までの平均日数です。",
            "Số ngày trung bình từ khi nhận đến khi ý kiến được đóng, bị từ chối hoặc đánh dấu "
            "trùng lặp.",
        ),
    ),
]

NEWS_TRUST_INDEX_2025 = {"C1": "0.91", "C2": "0.89", "C3": "0.87", "C4": "0.90"}
NEWS_TRUST_INDEX_SOURCE = (
    "강남구 도시외교 보고서 Ⅴ장 「AI 클러스터 분석(2025년 기준)」: 2021–2025년 뉴스·언론·정책 "
    "데이터의 AI 뉴스 감성 분석 / Gangnam-gu city diplomacy report, section V, "
    "\"AI cluster analysis (2025)\": AI news-sentiment analysis of news, press and policy "
    "data, 2021–2025."
)


def translated(field, values):
    fields = {f"{field}_{language}": value for language, value in zip(LANGUAGES, values)}
    fields[field] = values[0]
    return fields


def create_definitions(apps, schema_editor):
    KpiDefinition = apps.get_model("kpis", "KpiDefinition")
    ExternalKpiValue = apps.get_model("kpis", "ExternalKpiValue")
    for order, row in enumerate(DEFINITIONS, start=1):
        code, formula, target, direction, headline, unit, baseline_year, names, texts = row
        KpiDefinition.objects.update_or_create(
            code=code,
            defaults={
                **translated("name", names),
                **translated("unit", UNITS[unit]),
                **translated("description", texts),
                "source": "computed" if formula else "external",
                "formula": formula,
                "target": Decimal(target) if target else None,
                "direction": direction,
                "period": "year",
                "baseline_year": baseline_year,
                "is_headline": headline,
                "sort_order": order * 10,
            },
        )
    news = KpiDefinition.objects.get(code="news_trust_index")
    for cluster, value in NEWS_TRUST_INDEX_2025.items():
        ExternalKpiValue.objects.update_or_create(
            definition=news,
            period_kind="year",
            period_start=date(2025, 1, 1),
            dimension="cluster",
            dimension_key=cluster,
            defaults={"value": Decimal(value), "source": NEWS_TRUST_INDEX_SOURCE},
        )


def remove_definitions(apps, schema_editor):
    KpiDefinition = apps.get_model("kpis", "KpiDefinition")
    KpiDefinition.objects.filter(code__in=[row[0] for row in DEFINITIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("kpis", "0001_initial")]

    operations = [migrations.RunPython(create_definitions, remove_definitions)]
