"""What demo residents write and what staff answer, as people would: each concern in every
language it is written in ("ko" doubles as the translation staff read), each reply in Korean
with the translation the resident reads. Written by hand; no translation provider is asked."""

# Resident text: the site languages and the two most common others (DESIGN.md, "Languages").
WRITTEN_LANGUAGES = ("ko", "en", "zh-hans", "vi", "ja", "ru", "mn")

CONCERNS = {
    "foreign-resident-support": [
        {
            "kind": "question",
            "text": {
                "ko": "동 주민센터에 갈 때 통역을 받을 수 있나요? 한국어가 서툴러서 서류 작성이 "
                "어렵습니다.",
                "en": "Can I get an interpreter when I visit the community service centre? My "
                "Korean is not good enough to fill in the forms.",
                "zh-hans": "去洞居民中心办事时可以安排翻译吗？我的韩语不太好，填写表格很困难。",
                "vi": "Tôi có thể có phiên dịch khi đến trung tâm dịch vụ phường không? Tiếng Hàn "
                "của tôi chưa đủ để điền giấy tờ.",
                "ja": "洞住民センターに行くとき、通訳をお願いできますか？韓国語が苦手で書類の記入が"
                "難しいです。",
                "ru": "Можно ли получить переводчика в районном центре обслуживания? Я плохо "
                "говорю по-корейски и не могу заполнить документы.",
                "mn": "Хорооны үйлчилгээний төвд очихдоо орчуулагч авч болох уу? Солонгос хэл сайн "
                "мэдэхгүй тул бичиг баримт бөглөхөд хэцүү байна.",
            },
            "reply": {
                "ko": "문의 감사합니다. 외국인주민지원팀에서 동 주민센터 방문 통역을 무료로 "
                "지원합니다. 방문 희망 날짜와 주민센터를 알려 주시면 통역사를 배정해 드리겠습니다.",
                "en": "Thank you for asking. The Foreign Residents Support Team provides free "
                "interpretation for visits to community service centres. Tell us the date and the "
                "centre, and we will arrange an interpreter.",
                "zh-hans": "感谢您的咨询。外国居民支援组为前往洞居民中心办事提供免费口译。"
                "请告知希望前往的日期和居民中心，我们将为您安排口译员。",
                "ja": "お問い合わせありがとうございます。外国人住民支援チームでは洞住民センター訪問"
                "時の通訳を無料で支援しています。ご希望の日付とセンターをお知らせいただければ、"
                "通訳者を手配いたします。",
                "vi": "Cảm ơn bạn đã hỏi. Nhóm Hỗ trợ Cư dân Nước ngoài hỗ trợ phiên dịch miễn phí "
                "khi đến trung tâm dịch vụ phường. Hãy cho chúng tôi biết ngày và trung tâm, chúng "
                "tôi sẽ bố trí phiên dịch viên.",
            },
        },
        {
            "kind": "question",
            "text": {
                "ko": "아이를 동네 초등학교에 입학시키려면 어디에서 안내를 받을 수 있나요?",
                "en": "Where can I get help enrolling my child in a local elementary school?",
                "zh-hans": "想让孩子进入附近的小学读书，应该去哪里咨询？",
                "vi": "Tôi có thể hỏi ở đâu để cho con vào học trường tiểu học gần nhà?",
                "ja": "子どもを近所の小学校に入学させたいのですが、どこで案内を受けられますか？",
                "ru": "Где можно узнать, как записать ребёнка в местную начальную школу?",
                "mn": "Хүүхдээ ойролцоох бага сургуульд оруулахын тулд хаанаас зөвлөгөө авах вэ?",
            },
            "reply": {
                "ko": "외국인 자녀의 초등학교 입학은 거주지 동 주민센터에서 신청합니다. "
                "외국인등록증과 자녀의 출생증명서를 준비해 주세요. 필요하면 통역과 동행 안내를 "
                "지원합니다.",
                "en": "Children of foreign residents are enrolled through the community service "
                "centre of your neighbourhood. Please bring your residence card and your child's "
                "birth certificate. We can provide an interpreter if needed.",
                "zh-hans": "外国居民子女入读小学，请向居住地的洞居民中心申请。"
                "请携带外国人登录证和子女的出生证明。如有需要，我们可提供口译陪同。",
                "ja": "外国人のお子さんの小学校入学は、お住まいの洞住民センターで申請します。"
                "外国人登録証とお子さんの出生証明書をご用意ください。必要であれば通訳を手配します。"
                "",
                "vi": "Con của cư dân nước ngoài đăng ký vào tiểu học tại trung tâm dịch vụ phường "
                "nơi bạn sống. Hãy mang thẻ cư trú và giấy khai sinh của con. Chúng tôi có thể hỗ "
                "trợ phiên dịch nếu cần.",
            },
        },
        {
            "kind": "complaint",
            "text": {
                "ko": "외국인 주민 상담 전화가 며칠째 연결되지 않습니다.",
                "en": "The foreign residents' helpline has not answered for several days.",
                "zh-hans": "外国居民咨询电话好几天都打不通。",
                "vi": "Đường dây tư vấn cho cư dân nước ngoài mấy ngày nay không ai nghe máy.",
                "ja": "外国人住民相談電話が何日もつながりません。",
                "ru": "Телефон консультаций для иностранных жителей не отвечает уже несколько "
                "дней.",
                "mn": "Гадаад иргэдийн зөвлөгөөний утас хэд хоног холбогдохгүй байна.",
            },
            "reply": {
                "ko": "불편을 드려 죄송합니다. 상담원 교육 기간에 연결이 원활하지 않았습니다. "
                "지금은 평일 9시부터 18시까지 정상 운영하고 있으며, 온라인 의견으로도 상담을 "
                "받습니다.",
                "en": "We apologise. The helpline was hard to reach while our counsellors were in "
                "training. It is now open on weekdays from 9:00 to 18:00, and you can also ask us "
                "here online.",
                "zh-hans": "给您带来不便，深表歉意。咨询员培训期间电话接通不畅。"
                "现在工作日9点至18点正常运营，也可以通过在线意见咨询。",
                "ja": "ご不便をおかけして申し訳ありません。相談員の研修期間中につながりにくくなって"
                "いました。現在は平日9時から18時まで通常どおり運営しており、"
                "オンラインでもご相談いただけます。",
                "vi": "Chúng tôi xin lỗi. Đường dây khó liên lạc trong thời gian tư vấn viên được "
                "đào tạo. Hiện đường dây hoạt động các ngày trong tuần từ 9 giờ đến 18 giờ, bạn "
                "cũng có thể hỏi trực tuyến tại đây.",
            },
        },
        {
            "kind": "suggestion",
            "text": {
                "ko": "구청 소식지를 여러 언어로도 발행해 주세요.",
                "en": "Please publish the district newsletter in more languages.",
                "zh-hans": "希望区政府的新闻简报也能提供多种语言版本。",
                "vi": "Mong quận phát hành bản tin bằng nhiều ngôn ngữ hơn.",
                "ja": "区のお知らせを多言語でも発行してください。",
                "ru": "Пожалуйста, выпускайте районную газету и на других языках.",
                "mn": "Дүүргийн мэдээллийн хуудсыг олон хэлээр гаргаж өгөөч.",
            },
            "reply": {
                "ko": "좋은 제안 감사합니다. 다음 호부터 소식지 요약본을 "
                "영어·중국어·베트남어·일본어로 포털에 함께 게시하겠습니다.",
                "en": "Thank you for the suggestion. From the next issue, a summary of the "
                "newsletter will be posted on the portal in English, Chinese, Vietnamese and "
                "Japanese.",
                "zh-hans": "感谢您的建议。从下一期开始，我们将在门户网站同时发布英语、中文、"
                "越南语和日语的简报摘要。",
                "ja": "ご提案ありがとうございます。次号から、お知らせの要約を英語・中国語・ベトナム"
                "語・日本語でポータルに掲載します。",
                "vi": "Cảm ơn góp ý của bạn. Từ số tới, bản tóm tắt bản tin sẽ được đăng trên cổng "
                "thông tin bằng tiếng Anh, tiếng Trung, tiếng Việt và tiếng Nhật.",
            },
        },
    ],
    "noise": [
        {
            "kind": "complaint",
            "attributes": {"time-of-day": "night"},
            "text": {
                "ko": "집 근처 공사장에서 밤 10시가 넘어서도 소음이 계속됩니다.",
                "en": "The construction site near my home is still noisy after 10 pm.",
                "zh-hans": "我家附近的工地晚上十点以后还在施工，噪音很大。",
                "vi": "Công trường gần nhà tôi vẫn ồn ào sau 10 giờ tối.",
                "ja": "自宅近くの工事現場で、夜10時を過ぎても騒音が続いています。",
                "ru": "На стройке рядом с моим домом шумят и после 22 часов.",
                "mn": "Гэрийн ойролцоох барилгын талбай оройн 10 цагаас хойш ч чимээ гаргасаар "
                "байна.",
            },
            "reply": {
                "ko": "현장을 점검한 결과 야간 작업이 확인되어 시공사에 작업 시간 준수를 명령하고 "
                "과태료를 부과했습니다. 다시 발생하면 알려 주세요.",
                "en": "We inspected the site, confirmed the night work, ordered the contractor to "
                "keep to the permitted hours and imposed a fine. Please tell us if it happens "
                "again.",
                "zh-hans": "经现场检查确认存在夜间施工，我们已责令施工方遵守作业时间并处以罚款。"
                "如再次发生，请告知我们。",
                "ja": "現場を点検した結果、夜間作業が確認されたため、施工会社に作業時間の遵守を命じ"
                "、過料を科しました。再発した場合はお知らせください。",
                "vi": "Chúng tôi đã kiểm tra công trường, xác nhận có thi công ban đêm, yêu cầu "
                "nhà thầu tuân thủ giờ làm việc và đã xử phạt. Nếu tái diễn, xin hãy báo cho chúng "
                "tôi.",
            },
        },
        {
            "kind": "complaint",
            "attributes": {"time-of-day": "night"},
            "text": {
                "ko": "주말마다 술집에서 새벽 2시까지 음악을 크게 틉니다.",
                "en": "A bar plays loud music until 2 am every weekend.",
                "zh-hans": "每到周末，一家酒吧都把音乐开得很大声，一直到凌晨两点。",
                "vi": "Cuối tuần nào quán bar cũng mở nhạc to đến 2 giờ sáng.",
                "ja": "毎週末、バーが深夜2時まで大音量で音楽を流しています。",
                "ru": "Каждые выходные бар включает громкую музыку до двух часов ночи.",
                "mn": "Амралтын өдөр бүр баар шөнийн 2 цаг хүртэл чанга хөгжим тавьдаг.",
            },
            "reply": {
                "ko": "주말 야간에 소음을 측정해 기준 초과를 확인했고, 업소에 개선 명령을 "
                "내렸습니다. 2주 뒤 다시 측정하겠습니다.",
                "en": "We measured the noise on a weekend night, found it above the limit and "
                "ordered the bar to fix it. We will measure again in two weeks.",
                "zh-hans": "我们在周末夜间测量了噪音，确认超标，并已责令该店整改。"
                "两周后将再次测量。",
                "ja": "週末の夜間に騒音を測定し基準超過を確認したため、店舗に改善命令を出しました。"
                "2週間後に再度測定します。",
                "vi": "Chúng tôi đã đo tiếng ồn vào đêm cuối tuần, xác nhận vượt mức cho phép và "
                "yêu cầu quán khắc phục. Hai tuần sau chúng tôi sẽ đo lại.",
            },
        },
        {
            "kind": "complaint",
            "attributes": {"time-of-day": "day"},
            "text": {
                "ko": "토요일 아침 7시 전부터 공사를 시작해서 잠을 잘 수 없습니다.",
                "en": "Construction starts before 7 am on Saturdays and wakes us up.",
                "zh-hans": "周六早上七点前就开始施工，根本睡不着。",
                "vi": "Thứ Bảy chưa đến 7 giờ sáng đã bắt đầu thi công, không ngủ được.",
                "ja": "土曜日の朝7時前から工事が始まり、眠れません。",
                "ru": "По субботам стройка начинается раньше семи утра, невозможно спать.",
                "mn": "Бямба гарагт өглөөний 7 цагаас өмнө барилгын ажил эхэлдэг тул унтаж "
                "чадахгүй байна.",
            },
            "reply": {
                "ko": "해당 현장에 주말 작업 시작 시간을 오전 8시 이후로 지키도록 지도했고, 이행 "
                "여부를 불시 점검하겠습니다.",
                "en": "We instructed the site not to start before 8 am at weekends and will carry "
                "out unannounced checks.",
                "zh-hans": "我们已要求该工地周末上午八点以后才能开工，并将进行突击检查。",
                "ja": "当該現場に週末は午前8時以降に作業を始めるよう指導し、抜き打ちで点検します。",
                "vi": "Chúng tôi đã yêu cầu công trường không bắt đầu trước 8 giờ sáng cuối tuần "
                "và sẽ kiểm tra đột xuất.",
            },
        },
    ],
    "waste": [
        {
            "kind": "complaint",
            "text": {
                "ko": "이번 주에 우리 골목 재활용품이 수거되지 않았습니다.",
                "en": "Recycling was not collected in our alley this week.",
                "zh-hans": "这周我们巷子里的可回收垃圾没有人来收。",
                "vi": "Tuần này rác tái chế trong hẻm nhà tôi không được thu gom.",
                "ja": "今週、うちの路地のリサイクルごみが回収されていません。",
                "ru": "На этой неделе в нашем переулке не вывезли вторсырьё.",
                "mn": "Энэ долоо хоногт манай гудамжны дахин боловсруулах хог хураагдаагүй.",
            },
            "reply": {
                "ko": "수거 누락을 확인해 다음 날 오전에 수거를 마쳤습니다. 해당 구간 수거 일정을 "
                "업체와 다시 점검했습니다.",
                "en": "We confirmed the missed collection and cleared it the next morning. We have "
                "checked the route's schedule with the contractor.",
                "zh-hans": "经确认确有漏收，已于次日上午收走。我们也已与清运公司重新核对了该路段的"
                "收运时间。",
                "ja": "回収漏れを確認し、翌日の午前中に回収を終えました。当該区間の回収日程を業者と"
                "再確認しました。",
                "vi": "Chúng tôi đã xác nhận việc bỏ sót và thu gom xong vào sáng hôm sau, đồng "
                "thời rà soát lại lịch thu gom của tuyến với nhà thầu.",
            },
        },
        {
            "kind": "question",
            "text": {
                "ko": "매트리스 같은 대형 폐기물은 어떻게 버려야 하나요?",
                "en": "How do I throw away a large item like a mattress?",
                "zh-hans": "床垫之类的大件垃圾应该怎么扔？",
                "vi": "Tôi phải vứt đồ cồng kềnh như nệm như thế nào?",
                "ja": "マットレスのような粗大ごみはどう捨てればいいですか？",
                "ru": "Как выбросить крупногабаритный мусор, например матрас?",
                "mn": "Гудас шиг том хэмжээний хог хаягдлыг яаж хаях вэ?",
            },
            "reply": {
                "ko": "대형 폐기물은 구청 누리집이나 동 주민센터에서 배출 신고 후 수수료를 내고 "
                "스티커를 붙여 정해진 날에 내놓으시면 됩니다. 매트리스는 크기에 따라 수수료가 "
                "다릅니다.",
                "en": "Register large items on the district website or at the community centre, "
                "pay the fee, attach the sticker and put the item out on the given day. The fee "
                "for a mattress depends on its size.",
                "zh-hans": "大件垃圾请在区政府网站或洞居民中心申报并缴费，贴上标签后在指定日期放到"
                "指定地点。床垫的费用按尺寸而定。",
                "ja": "粗大ごみは区のウェブサイトまたは洞住民センターで申告し、"
                "手数料を払ってシールを貼り、指定の日に出してください。マットレスは大きさによって手"
                "数料が異なります。",
                "vi": "Hãy đăng ký đồ cồng kềnh trên trang web của quận hoặc tại trung tâm phường, "
                "nộp phí, dán tem và để ra ngoài vào ngày được hẹn. Phí cho nệm tùy theo kích "
                "thước.",
            },
        },
        {
            "kind": "complaint",
            "text": {
                "ko": "버스정류장 옆에 계속 쓰레기를 무단으로 버립니다.",
                "en": "People keep dumping rubbish next to the bus stop.",
                "zh-hans": "公交车站旁边总有人乱扔垃圾。",
                "vi": "Người ta cứ vứt rác bừa bãi cạnh trạm xe buýt.",
                "ja": "バス停の横にごみが不法投棄され続けています。",
                "ru": "Возле автобусной остановки постоянно выбрасывают мусор.",
                "mn": "Автобусны буудлын хажууд хүмүүс байнга хог хаяж байна.",
            },
            "reply": {
                "ko": "현장 쓰레기를 치우고 무단투기 감시 카메라와 다국어 안내판을 설치했습니다.",
                "en": "We cleared the rubbish and installed a camera against fly-tipping and a "
                "sign in several languages.",
                "zh-hans": "我们已清理垃圾，并安装了防乱扔垃圾的监控摄像头和多语言告示牌。",
                "ja": "現場のごみを片付け、不法投棄監視カメラと多言語の案内板を設置しました。",
                "vi": "Chúng tôi đã dọn rác, lắp camera chống đổ rác trái phép và biển báo nhiều "
                "ngôn ngữ.",
            },
        },
    ],
    "streets-transport": [
        {
            "kind": "complaint",
            "text": {
                "ko": "건물 앞 가로등이 일주일째 고장 나 있습니다.",
                "en": "The street light in front of our building has been broken for a week.",
                "zh-hans": "我们楼前的路灯已经坏了一个星期。",
                "vi": "Đèn đường trước tòa nhà của chúng tôi đã hỏng một tuần nay.",
                "ja": "建物の前の街灯が1週間も故障したままです。",
                "ru": "Фонарь перед нашим домом не работает уже неделю.",
                "mn": "Манай байрны урдах гудамжны гэрэл долоо хоног эвдэрсэн хэвээр байна.",
            },
            "reply": {
                "ko": "가로등 안정기를 교체해 정상 점등을 확인했습니다. 알려 주셔서 감사합니다.",
                "en": "We replaced the lamp's ballast and checked that it works again. Thank you "
                "for telling us.",
                "zh-hans": "我们已更换路灯镇流器，并确认已恢复正常照明。感谢您的告知。",
                "ja": "街灯の安定器を交換し、正常に点灯することを確認しました。"
                "お知らせいただきありがとうございます。",
                "vi": "Chúng tôi đã thay chấn lưu của đèn và kiểm tra đèn đã sáng bình thường. Cảm "
                "ơn bạn đã báo.",
            },
        },
        {
            "kind": "complaint",
            "text": {
                "ko": "인도에 불법 주차된 차들 때문에 휠체어와 유모차가 지나갈 수 없습니다.",
                "en": "Cars parked on the pavement block wheelchairs and pushchairs.",
                "zh-hans": "人行道上违章停放的车辆挡住了轮椅和婴儿车。",
                "vi": "Xe đỗ trái phép trên vỉa hè chắn lối đi của xe lăn và xe đẩy em bé.",
                "ja": "歩道の違法駐車のせいで、車いすやベビーカーが通れません。",
                "ru": "Машины, припаркованные на тротуаре, мешают проезду колясок.",
                "mn": "Явган хүний замд хууль бусаар зогссон машинууд тэргэнцэр болон хүүхдийн "
                "тэрэгний замыг хааж байна.",
            },
            "reply": {
                "ko": "단속반이 현장에서 과태료를 부과했고, 해당 구간을 집중 단속 구역으로 지정해 "
                "주 3회 순찰합니다.",
                "en": "Our enforcement team fined the vehicles on the spot and made the stretch a "
                "priority zone, patrolled three times a week.",
                "zh-hans": "执法队已在现场处以罚款，并将该路段列为重点整治区域，每周巡查三次。",
                "ja": "取締班が現場で過料を科し、当該区間を重点取締区域に指定して週3回巡回します。",
                "vi": "Đội kiểm tra đã xử phạt tại chỗ và đưa đoạn đường này vào khu vực kiểm tra "
                "trọng điểm, tuần tra ba lần mỗi tuần.",
            },
        },
        {
            "kind": "complaint",
            "text": {
                "ko": "보도블록이 깨져 있어서 걸려 넘어질 뻔했습니다.",
                "en": "The paving stones are broken and I nearly fell.",
                "zh-hans": "人行道砖破损了，我差点被绊倒。",
                "vi": "Gạch lát vỉa hè bị vỡ, tôi suýt bị vấp ngã.",
                "ja": "歩道のブロックが割れていて、つまずきそうになりました。",
                "ru": "Плитка на тротуаре разбита, я чуть не упал.",
                "mn": "Явган хүний замын хавтан хагарсан тул бүдэрч унах шахлаа.",
            },
            "reply": {
                "ko": "파손된 보도블록 12장을 교체했습니다. 다치지 않으셨길 바랍니다.",
                "en": "We replaced twelve broken paving stones. We hope you were not hurt.",
                "zh-hans": "我们已更换了12块破损的人行道砖，希望您没有受伤。",
                "ja": "破損した歩道ブロック12枚を交換しました。お怪我がなかったことを願っています。"
                "",
                "vi": "Chúng tôi đã thay 12 viên gạch bị vỡ. Mong bạn không bị thương.",
            },
        },
    ],
    "other": [
        {
            "kind": "praise",
            "text": {
                "ko": "구청 민원실 직원분이 친절하게 영어로 도와주셔서 감사했습니다.",
                "en": "The staff at the district office were very kind and helped me in English.",
                "zh-hans": "区政府窗口的工作人员非常亲切，用英语帮助了我，非常感谢。",
                "vi": "Nhân viên tại ủy ban quận rất tử tế và đã giúp tôi bằng tiếng Anh.",
                "ja": "区役所の窓口の職員の方が英語で親切に対応してくださり、感謝しています。",
                "ru": "Сотрудники районной администрации были очень любезны и помогли мне на "
                "английском.",
                "mn": "Дүүргийн захиргааны ажилтнууд маш найрсаг байж, надад англи хэлээр "
                "тусалсан.",
            },
            "reply": {
                "ko": "따뜻한 말씀 감사합니다. 해당 직원에게 칭찬을 전했습니다.",
                "en": "Thank you for your kind words. We have passed them on to our colleague.",
                "zh-hans": "感谢您的肯定，我们已将您的称赞转达给该工作人员。",
                "ja": "温かいお言葉をありがとうございます。担当職員に伝えました。",
                "vi": "Cảm ơn lời khen của bạn. Chúng tôi đã chuyển lời đến nhân viên đó.",
            },
        },
        {
            "kind": "question",
            "text": {
                "ko": "강남구에 외국인 주민을 위한 한국어 수업이 있나요?",
                "en": "Are there Korean classes for foreign residents in Gangnam?",
                "zh-hans": "江南区有面向外国居民的韩语课程吗？",
                "vi": "Quận Gangnam có lớp tiếng Hàn cho cư dân nước ngoài không?",
                "ja": "江南区に外国人住民向けの韓国語教室はありますか？",
                "ru": "Есть ли в Каннаме курсы корейского языка для иностранных жителей?",
                "mn": "Каннам дүүрэгт гадаад иргэдэд зориулсан солонгос хэлний хичээл байдаг уу?",
            },
            "reply": {
                "ko": "강남구 가족센터에서 수준별 한국어 수업을 무료로 운영합니다. 평일 저녁반과 "
                "토요일반이 있으며 포털 행사 일정에서 신청할 수 있습니다.",
                "en": "The Gangnam Family Centre runs free Korean classes at every level, on "
                "weekday evenings and on Saturdays. You can sign up through the portal's events.",
                "zh-hans": "江南区家庭中心免费开设分级韩语课程，有工作日晚班和周六班，"
                "可在门户网站的活动日程中报名。",
                "ja": "江南区家族センターでレベル別の韓国語教室を無料で開いています。"
                "平日夜のクラスと土曜クラスがあり、ポータルの行事日程から申し込めます。",
                "vi": "Trung tâm Gia đình Gangnam mở lớp tiếng Hàn miễn phí theo trình độ, vào "
                "buổi tối trong tuần và thứ Bảy. Bạn có thể đăng ký qua lịch sự kiện của cổng "
                "thông tin.",
            },
        },
        {
            "kind": "suggestion",
            "text": {
                "ko": "공원에 무료 와이파이를 더 설치해 주세요.",
                "en": "Please add more free Wi-Fi in the parks.",
                "zh-hans": "希望在公园里多安装一些免费无线网络。",
                "vi": "Mong quận lắp thêm Wi-Fi miễn phí ở các công viên.",
                "ja": "公園に無料Wi-Fiをもっと設置してください。",
                "ru": "Пожалуйста, сделайте больше бесплатного Wi-Fi в парках.",
                "mn": "Цэцэрлэгт хүрээлэнд үнэгүй Wi-Fi-г нэмж суурилуулна уу.",
            },
            "reply": {
                "ko": "제안해 주셔서 감사합니다. 내년 공공 와이파이 확충 계획에 도산공원과 양재천 "
                "산책로를 포함했습니다.",
                "en": "Thank you for the suggestion. Dosan Park and the Yangjaecheon walkway are "
                "in next year's plan to extend public Wi-Fi.",
                "zh-hans": "感谢您的建议。岛山公园和良才川步道已列入明年的公共无线网络扩建计划。",
                "ja": "ご提案ありがとうございます。来年の公共Wi-Fi拡充計画に島山公園と良才川の散策"
                "路を含めました。",
                "vi": "Cảm ơn góp ý của bạn. Công viên Dosan và đường dạo bộ Yangjaecheon đã được "
                "đưa vào kế hoạch mở rộng Wi-Fi công cộng năm tới.",
            },
        },
    ],
}

# Asked of the district but decided elsewhere: answered with where to go, then rejected.
OUT_OF_REMIT = [
    {
        "kind": "question",
        "category": "foreign-resident-support",
        "text": {
            "ko": "구청에서 제 비자 체류 기간을 빨리 연장해 줄 수 있나요?",
            "en": "Can the district office extend my visa quickly?",
            "zh-hans": "区政府能帮我尽快延长签证的居留期限吗？",
            "vi": "Ủy ban quận có thể gia hạn visa cho tôi nhanh không?",
            "ja": "区役所でビザの在留期間を早く延長してもらえますか？",
            "ru": "Может ли районная администрация быстро продлить мою визу?",
            "mn": "Дүүргийн захиргаа миний визний хугацааг хурдан сунгаж өгөх боломжтой юу?",
        },
        "reply": {
            "ko": "체류 기간 연장은 법무부 출입국·외국인청 소관이라 구청에서는 처리할 수 없습니다. "
            "하이코리아 누리집이나 외국인종합안내센터(1345)로 문의해 주세요.",
            "en": "Visa extensions are decided by the Ministry of Justice's immigration office, "
            "not the district. Please use the HiKorea website or call the Immigration Contact "
            "Center on 1345.",
            "zh-hans": "居留期限延长属于法务部出入境·外国人厅的职责，区政府无法办理。"
            "请通过HiKorea网站或拨打外国人综合咨询中心1345咨询。",
            "ja": "在留期間の延長は法務部出入国・外国人庁の所管のため、区役所では扱えません。"
            "HiKoreaのウェブサイトか外国人総合案内センター（1345）にお問い合わせください。",
            "vi": "Gia hạn lưu trú thuộc thẩm quyền của Cục Xuất nhập cảnh, Bộ Tư pháp, không phải "
            "của quận. Vui lòng dùng trang HiKorea hoặc gọi Trung tâm Hỗ trợ Người nước ngoài "
            "1345.",
        },
    },
    {
        "kind": "complaint",
        "category": "other",
        "text": {
            "ko": "집주인이 보증금을 돌려주지 않습니다. 구청에서 돌려주게 해 주세요.",
            "en": "My landlord will not return my deposit. Please make him pay it back.",
            "zh-hans": "房东不退还我的押金，请区政府让他退给我。",
            "vi": "Chủ nhà không trả lại tiền đặt cọc cho tôi. Xin quận buộc ông ấy trả lại.",
            "ja": "大家さんが保証金を返してくれません。区役所から返すように言ってください。",
            "ru": "Хозяин квартиры не возвращает залог. Пожалуйста, заставьте его вернуть деньги.",
            "mn": "Байрны эзэн барьцаа мөнгийг буцааж өгөхгүй байна. Дүүргээс түүнийг буцааж "
            "өгөхийг шаардана уу.",
        },
        "reply": {
            "ko": "임대차 보증금 분쟁은 당사자 간 민사 문제라 구청이 강제할 수 없습니다. "
            "주택임대차분쟁조정위원회나 대한법률구조공단(132)의 무료 상담을 이용해 주세요.",
            "en": "A deposit dispute is a civil matter between you and the landlord, which the "
            "district cannot enforce. The Housing Lease Dispute Mediation Committee and the Korea "
            "Legal Aid Corporation (132) offer free advice.",
            "zh-hans": "押金纠纷属于当事人之间的民事问题，区政府无法强制处理。"
            "请向住宅租赁纠纷调解委员会或韩国法律援助公团（132）免费咨询。",
            "ja": "賃貸保証金の紛争は当事者間の民事問題のため、区役所が強制することはできません。"
            "住宅賃貸借紛争調停委員会か大韓法律救助公団（132）の無料相談をご利用ください。",
            "vi": "Tranh chấp tiền đặt cọc là vấn đề dân sự giữa bạn và chủ nhà, quận không thể "
            "cưỡng chế. Ủy ban Hòa giải Tranh chấp Thuê nhà và Tổng công ty Trợ giúp Pháp lý Hàn "
            "Quốc (132) tư vấn miễn phí.",
        },
    },
    {
        "kind": "complaint",
        "category": "streets-transport",
        "text": {
            "ko": "출근 시간 지하철 2호선이 너무 붐빕니다. 열차를 늘려 주세요.",
            "en": "Subway line 2 is far too crowded at rush hour. Please add more trains.",
            "zh-hans": "上班高峰期地铁2号线太挤了，请增加班次。",
            "vi": "Tàu điện ngầm tuyến 2 quá đông giờ cao điểm. Xin tăng thêm chuyến.",
            "ja": "通勤時間の地下鉄2号線が混みすぎです。本数を増やしてください。",
            "ru": "В час пик вторая линия метро переполнена. Пожалуйста, добавьте поездов.",
            "mn": "Оргил цагт метроны 2-р шугам хэт их хөл хөдөлгөөнтэй байна. Галт тэрэг нэмнэ "
            "үү.",
        },
        "reply": {
            "ko": "지하철 운행은 서울교통공사 소관이라 구청에서 결정할 수 없습니다. 의견을 "
            "서울교통공사에 전달했으며, 직접 제안하시려면 공사 고객센터(1577-1234)를 이용해 "
            "주세요.",
            "en": "Subway services are run by Seoul Metro, not the district. We have passed your "
            "comment on; you can also write to Seoul Metro's customer centre (1577-1234).",
            "zh-hans": "地铁运营属于首尔交通公社的职责，区政府无法决定。我们已将您的意见转达给首尔"
            "交通公社，您也可以直接联系其客服中心（1577-1234）。",
            "ja": "地下鉄の運行はソウル交通公社の所管のため、区役所では決められません。"
            "ご意見は公社に伝えました。直接のご提案は公社のお客様センター（1577-1234）へどうぞ。",
            "vi": "Tàu điện ngầm do Seoul Metro vận hành, không phải quận. Chúng tôi đã chuyển ý "
            "kiến của bạn; bạn cũng có thể liên hệ trung tâm khách hàng Seoul Metro (1577-1234).",
        },
    },
]

# Marking an item a duplicate: the original carries the case.
DUPLICATE_REPLY = {
    "ko": "같은 내용의 의견이 이미 접수되어 그 건에서 함께 처리하고 있습니다. 진행 상황은 먼저 "
    "접수된 건의 답변으로 안내해 드립니다.",
    "en": "The same matter was reported already and is being handled there. We will keep you "
    "informed through the answer to that report.",
    "zh-hans": "相同内容的意见已经受理，正在一并处理。处理进展将通过先受理的那一件答复告知您。",
    "ja": "同じ内容のご意見がすでに受け付けられており、そちらで一緒に対応しています。"
    "進捗は先に受け付けた案件の回答でお知らせします。",
    "vi": "Vấn đề này đã được báo trước đó và đang được xử lý chung. Chúng tôi sẽ thông báo cho "
    "bạn qua câu trả lời của báo cáo đó.",
}

# About one edition of a program, written in a site language by someone registered for it.
EVENT_QUESTIONS = [
    {
        "kind": "question",
        "text": {
            "ko": "행사에 동시통역이 제공되나요? 따로 신청해야 하나요?",
            "en": "Is there simultaneous interpretation at the event? Do I need to book it?",
            "zh-hans": "活动有同声传译吗？需要另外申请吗？",
            "ja": "イベントで同時通訳はありますか？別に申し込む必要がありますか？",
            "vi": "Sự kiện có phiên dịch song song không? Tôi có cần đăng ký riêng không?",
        },
        "reply": {
            "ko": "네, 신청하실 때 고른 통역 언어로 무선 수신기를 드립니다. 추가 신청은 필요 "
            "없습니다.",
            "en": "Yes. You will get a wireless receiver for the interpretation language you chose "
            "when registering; nothing else to book.",
            "zh-hans": "是的，我们将按您报名时选择的口译语言发放无线接收器，无需另外申请。",
            "ja": "はい、お申し込み時に選んだ通訳言語の無線受信機をお渡しします。"
            "追加の申し込みは不要です。",
            "vi": "Có. Bạn sẽ nhận máy thu không dây theo ngôn ngữ phiên dịch đã chọn khi đăng ký, "
            "không cần đăng ký thêm.",
        },
    },
    {
        "kind": "question",
        "text": {
            "ko": "신청 인원을 1명에서 2명으로 바꿀 수 있나요?",
            "en": "Can I change my registration from one place to two?",
            "zh-hans": "可以把报名人数从1人改为2人吗？",
            "ja": "申込人数を1人から2人に変更できますか？",
            "vi": "Tôi có thể đổi đăng ký từ 1 người thành 2 người không?",
        },
        "reply": {
            "ko": "신청 확인 메일의 링크에서 기존 신청을 취소하고 2명으로 다시 신청해 주세요. "
            "잔여석이 있으면 바로 확정됩니다.",
            "en": "Please cancel through the link in your confirmation email and register again "
            "for two. If places are left, it is confirmed at once.",
            "zh-hans": "请通过确认邮件中的链接取消原报名，再以2人重新报名。如有余位将立即确认。",
            "ja": "確認メールのリンクから現在の申し込みを取り消し、2人で申し込み直してください。"
            "空席があればすぐに確定します。",
            "vi": "Vui lòng hủy qua đường link trong email xác nhận rồi đăng ký lại cho 2 người. "
            "Nếu còn chỗ, đăng ký sẽ được xác nhận ngay.",
        },
    },
    {
        "kind": "question",
        "text": {
            "ko": "행사장에 주차할 수 있나요, 아니면 지하철을 타야 하나요?",
            "en": "Is there parking at the venue, or should I take the subway?",
            "zh-hans": "会场可以停车吗？还是坐地铁比较好？",
            "ja": "会場に駐車場はありますか？それとも地下鉄で行くべきですか？",
            "vi": "Địa điểm có chỗ đỗ xe không, hay tôi nên đi tàu điện ngầm?",
        },
        "reply": {
            "ko": "주차 공간이 좁아 대중교통 이용을 권해 드립니다. 장애인 차량은 사전에 알려 "
            "주시면 주차 공간을 마련해 드립니다.",
            "en": "Parking is limited, so we recommend public transport. Tell us in advance if you "
            "need a disabled parking space and we will keep one for you.",
            "zh-hans": "停车位有限，建议乘坐公共交通。如需残疾人停车位，请提前告知，"
            "我们会为您预留。",
            "ja": "駐車スペースが限られているため、公共交通機関のご利用をお勧めします。"
            "障害者用駐車スペースが必要な場合は事前にお知らせください。",
            "vi": "Chỗ đỗ xe có hạn nên chúng tôi khuyên bạn đi phương tiện công cộng. Nếu cần chỗ "
            "đỗ cho người khuyết tật, hãy báo trước để chúng tôi giữ chỗ.",
        },
    },
]
EVENT_REACTIONS = [
    {
        "kind": "praise",
        "text": {
            "ko": "행사가 정말 좋았습니다. 통역사분들이 훌륭했어요.",
            "en": "The event was wonderful, and the interpreters were excellent.",
            "zh-hans": "活动非常精彩，口译人员也很出色。",
            "ja": "イベントはとても良かったです。通訳の方々が素晴らしかったです。",
            "vi": "Sự kiện thật tuyệt vời, các phiên dịch viên rất xuất sắc.",
        },
        "reply": {
            "ko": "참여해 주셔서 감사합니다. 말씀을 통역팀에 전했습니다. 다음 회차에서도 뵙기를 "
            "바랍니다.",
            "en": "Thank you for coming. We have passed your words on to the interpreters and hope "
            "to see you at the next edition.",
            "zh-hans": "感谢您的参与。我们已将您的称赞转达给口译团队，期待在下一届再见到您。",
            "ja": "ご参加ありがとうございました。お言葉は通訳チームに伝えました。"
            "次回もお会いできることを願っています。",
            "vi": "Cảm ơn bạn đã tham dự. Chúng tôi đã chuyển lời đến nhóm phiên dịch và mong gặp "
            "lại bạn ở lần tới.",
        },
    },
    {
        "kind": "suggestion",
        "text": {
            "ko": "발표 자료를 행사 후에 영어로도 공유해 주세요.",
            "en": "Please share the presentation slides in English after the event.",
            "zh-hans": "希望活动结束后也能分享英文版的演讲资料。",
            "ja": "発表資料をイベント後に英語でも共有してください。",
            "vi": "Mong ban tổ chức chia sẻ slide thuyết trình bằng tiếng Anh sau sự kiện.",
        },
        "reply": {
            "ko": "발표자 동의를 받은 자료를 한국어와 영어로 프로그램 페이지에 올렸습니다.",
            "en": "The slides the speakers agreed to share are now on the program page in Korean "
            "and English.",
            "zh-hans": "经演讲者同意的资料已用韩语和英语上传到项目页面。",
            "ja": "発表者の同意を得た資料を韓国語と英語でプログラムページに掲載しました。",
            "vi": "Các slide được diễn giả đồng ý chia sẻ đã có trên trang chương trình bằng tiếng "
            "Hàn và tiếng Anh.",
        },
    },
    {
        "kind": "complaint",
        "text": {
            "ko": "입장 대기 줄이 길어서 들어가는 데 30분이 걸렸습니다.",
            "en": "The check-in queue was long; it took 30 minutes to get in.",
            "zh-hans": "入场排队太长，花了30分钟才进去。",
            "ja": "受付の列が長く、入場まで30分かかりました。",
            "vi": "Hàng chờ check-in quá dài, tôi mất 30 phút mới vào được.",
        },
        "reply": {
            "ko": "불편을 드려 죄송합니다. 다음 회차부터 QR 체크인 창구를 두 배로 늘리고 입장을 "
            "30분 앞당기겠습니다.",
            "en": "We are sorry. From the next edition we will double the QR check-in desks and "
            "open the doors 30 minutes earlier.",
            "zh-hans": "给您带来不便，非常抱歉。从下一届起，我们将把二维码签到窗口增加一倍，"
            "并提前30分钟入场。",
            "ja": "ご不便をおかけして申し訳ありません。次回からQRチェックインの窓口を倍に増やし、"
            "入場を30分早めます。",
            "vi": "Chúng tôi xin lỗi. Từ lần tới, chúng tôi sẽ tăng gấp đôi quầy check-in QR và mở "
            "cửa sớm hơn 30 phút.",
        },
    },
    {
        "kind": "suggestion",
        "text": {
            "ko": "직장인도 참여할 수 있게 주말에도 열어 주세요.",
            "en": "Please hold it at a weekend too, so that people who work can come.",
            "zh-hans": "希望也能在周末举办，方便上班族参加。",
            "ja": "会社員も参加できるよう、週末にも開催してください。",
            "vi": "Mong sự kiện tổ chức cả vào cuối tuần để người đi làm có thể tham gia.",
        },
        "reply": {
            "ko": "좋은 의견 감사합니다. 다음 회차 일정을 정할 때 주말 개최를 검토하겠습니다.",
            "en": "Thank you for the idea. We will consider a weekend date when we plan the next "
            "edition.",
            "zh-hans": "感谢您的意见。确定下一届日程时，我们会考虑在周末举办。",
            "ja": "ご意見ありがとうございます。次回の日程を決める際に週末開催を検討します。",
            "vi": "Cảm ơn ý kiến của bạn. Chúng tôi sẽ cân nhắc tổ chức vào cuối tuần khi lên kế "
            "hoạch cho lần tới.",
        },
    },
]

# Event-survey comments, by the rating they come with.
SURVEY_COMMENTS = {
    5: [
        {
            "ko": "정말 알찬 행사였습니다. 내년에도 꼭 오겠습니다!",
            "en": "A really worthwhile event. I will definitely come again next year!",
            "zh-hans": "非常充实的活动，明年一定还会再来！",
            "ja": "とても充実したイベントでした。来年もぜひ来ます！",
            "vi": "Sự kiện rất bổ ích. Năm sau tôi nhất định sẽ quay lại!",
        },
        {
            "ko": "통역 덕분에 내용을 쉽게 따라갈 수 있었어요. 감사합니다.",
            "en": "The interpretation made it easy to follow. Thank you.",
            "zh-hans": "多亏了口译，内容很容易理解。谢谢。",
            "ja": "通訳のおかげで内容についていきやすかったです。ありがとうございました。",
            "vi": "Nhờ có phiên dịch mà tôi dễ dàng theo dõi nội dung. Cảm ơn.",
        },
        {
            "ko": "여러 나라 사람들을 만날 수 있어서 좋았습니다.",
            "en": "It was great to meet people from so many countries.",
            "zh-hans": "能认识来自许多国家的人，非常开心。",
            "ja": "いろいろな国の人と出会えてよかったです。",
            "vi": "Thật vui khi được gặp gỡ mọi người từ nhiều quốc gia.",
        },
    ],
    4: [
        {
            "ko": "유익했지만 질의응답 시간이 조금 더 길었으면 좋겠습니다.",
            "en": "Useful, but the Q&A could have been a little longer.",
            "zh-hans": "很有收获，不过问答时间如果再长一点就更好了。",
            "ja": "有益でしたが、質疑応答の時間がもう少し長いとよかったです。",
            "vi": "Rất hữu ích, nhưng phần hỏi đáp nên dài hơn một chút.",
        },
        {
            "ko": "좋은 행사였는데 행사장이 조금 붐볐습니다.",
            "en": "A good event, though the venue was a bit crowded.",
            "zh-hans": "活动很好，只是会场有点拥挤。",
            "ja": "良いイベントでしたが、会場が少し混雑していました。",
            "vi": "Sự kiện hay, nhưng địa điểm hơi đông.",
        },
    ],
    3: [
        {
            "ko": "내용은 괜찮았지만 뒷자리에서는 소리가 잘 들리지 않았습니다.",
            "en": "The content was fine, but it was hard to hear at the back.",
            "zh-hans": "内容还可以，但坐在后排听不太清楚。",
            "ja": "内容は良かったですが、後ろの席では音が聞き取りにくかったです。",
            "vi": "Nội dung ổn, nhưng ngồi phía sau khó nghe rõ.",
        },
    ],
    2: [
        {
            "ko": "입장 대기 시간이 너무 길었습니다.",
            "en": "The wait to get in was far too long.",
            "zh-hans": "入场等待时间太长了。",
            "ja": "入場の待ち時間が長すぎました。",
            "vi": "Thời gian chờ vào cửa quá lâu.",
        },
    ],
}

# Where residents report street problems: Korean and romanised, with the point they pin.
PLACES = [
    ("역삼동 테헤란로 152 앞", "Teheran-ro 152, Yeoksam-dong", "37.500600", "127.036400"),
    ("논현동 학동로 인근 골목", "Alley off Hakdong-ro, Nonhyeon-dong", "37.511500", "127.028600"),
    ("삼성동 봉은사로 524 부근", "Bongeunsa-ro 524, Samseong-dong", "37.514000", "127.057300"),
    (
        "대치동 은마아파트 사거리",
        "Eunma Apartment crossroads, Daechi-dong",
        "37.497900",
        "127.063200",
    ),
    ("신사동 가로수길 입구", "Garosu-gil entrance, Sinsa-dong", "37.519800", "127.023000"),
    ("개포동 개포로 일대", "Gaepo-ro, Gaepo-dong", "37.481600", "127.058300"),
    (
        "청담동 도산대로 버스정류장",
        "Dosan-daero bus stop, Cheongdam-dong",
        "37.522800",
        "127.047000",
    ),
    ("세곡동 헌릉로 인근", "Heolleung-ro, Segok-dong", "37.465300", "127.103700"),
]
