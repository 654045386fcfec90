// The site-search fixture corpus: 60 short Vietnamese articles written so that every kind of query
// a reader types has a known right answer (scripts/search-queries.mjs names it). Used by the
// relevance test (test/integration/search-relevance.test.ts) and the benchmark (scripts/bench-search.mjs),
// which can also drop these articles into a generated corpus of N articles (writeSearchCorpus with
// { config: false }): the same queries then have to find them among many look-alikes.
//
// What the articles exercise, and why:
//  - đ/Đ: "Đảng ủy", "đoàn thể", "Đại đoàn kết", "Đồn Biên phòng" — a reader without a Vietnamese
//    keyboard types "dang uy", and Unicode decomposition alone does not turn đ into d;
//  - đường / dương / đương each in the headline of a different article (and "tuyến đường" beside
//    "tuyên dương": the same letters once folded), so a query typed with its marks must rank the
//    article with exactly those marks first;
//  - all-caps abbreviations: HĐND, UBND, MTTQ;
//  - old and new tone placement: some articles write "hoà, thuỷ, uỷ", others "hòa, thủy, ủy";
//  - a recurring phrase, "Dân vận khéo", in many headlines: the other words of the query decide;
//  - headline against body: a word in one article's headline and in a newer article's body;
//  - numbers: "năm 2022/2023/2024" in otherwise identical headlines;
//  - near misses for quoted phrases: the same words, not side by side.
// Everything here is invented for a demonstration; names of people are fictitious.
//
// Plain Node ESM (no TypeScript): the benchmark script imports it too. Types: search-corpus.d.mts.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The site's categories: a subset of scripts/generate-articles.mjs's, so both corpora can share a config. */
export const SEARCH_CATEGORIES = [
  { slug: 'tin-hoat-dong', name: 'Tin hoạt động' },
  { slug: 'dan-van-chinh-quyen', name: 'Dân vận chính quyền' },
  { slug: 'dan-van-kheo', name: 'Dân vận khéo' },
  { slug: 'cong-tac-dan-toc', name: 'Công tác dân tộc' },
  { slug: 'khen-thuong-xu-phat', name: 'Khen thưởng - Xử phạt' },
  { slug: 'mat-tran-doan-the', name: 'Mặt trận - Đoàn thể' },
  { slug: 'nong-thon-moi', name: 'Xây dựng nông thôn mới' },
];

/** The URL pattern of the config below (baotinh's default): the articles' addresses are computed from it. */
export const SEARCH_PERMALINK = '/tin-tuc/{yyyy}/{mm}/{slug}/';

// Everyday sentences of provincial news, added to the bodies (two per article, chosen by position) so
// that common words — đường, nước sạch, HĐND, Đảng ủy, đoàn thể, cử tri — are in many bodies, as on a
// real portal, and a query has to be decided by its other words or by the headline.
const COMMON_SENTENCES = [
  'Thời gian tới, cấp ủy, chính quyền địa phương tiếp tục quan tâm, tạo điều kiện để mô hình phát huy hiệu quả.',
  'Người dân phấn khởi, đồng tình và tích cực hưởng ứng.',
  'Kết quả này góp phần củng cố niềm tin của Nhân dân đối với Đảng, chính quyền.',
  'Ban Dân vận Huyện ủy thường xuyên theo dõi, hướng dẫn cơ sở triển khai thực hiện.',
  'Các ý kiến, kiến nghị của người dân đều được ghi nhận và chuyển đến cơ quan có thẩm quyền giải quyết.',
  'Đường điện, đường nước sạch đã về đến nhiều xóm vùng cao.',
  'Phong trào đã lan tỏa sâu rộng trong các tầng lớp Nhân dân.',
  'Mặt trận Tổ quốc và các đoàn thể phối hợp chặt chẽ với chính quyền cơ sở.',
  'Thường trực HĐND và UBND xã thường xuyên tiếp xúc, lắng nghe ý kiến cử tri.',
  'Đảng ủy xã chỉ đạo các chi bộ đưa nội dung dân vận vào sinh hoạt định kỳ.',
  'Cán bộ, đảng viên gương mẫu đi đầu, nói đi đôi với làm.',
  'Nhiều hộ gia đình đã tự nguyện góp công, góp đất làm đường giao thông nông thôn.',
];

/**
 * The articles. `date` is local time (Asia/Ho_Chi_Minh), mid-morning, so the month in the address
 * never depends on the time zone. `slug` is given, so the address does not depend on how baotinh
 * makes one from the headline. Some texts use the old tone placement (hoà, thuỷ, uỷ) on purpose.
 * `avoid`: phrases the article must not contain (its everyday sentences are chosen around them).
 */
export const SEARCH_ARTICLES = [
  // ── đ / Đ ──
  {
    slug: 'dang-uy-khoi-tong-ket-cong-tac-dan-van', category: 'tin-hoat-dong', date: '2024-01-12T09:00',
    title: 'Đảng ủy Khối các cơ quan tỉnh tổng kết công tác dân vận',
    summary: 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đánh giá kết quả công tác dân vận, đề ra nhiệm vụ trọng tâm của năm mới.',
    body: ['Hội nghị có sự tham dự của bí thư các chi bộ, đảng bộ cơ sở trực thuộc. Toàn bộ chi bộ trực thuộc đã xây dựng và thực hiện quy chế công tác dân vận.',
      'Đồng chí Bí thư Đảng ủy Khối đề nghị cán bộ, đảng viên tiếp tục gần dân, sát dân, giải quyết kịp thời những việc người dân quan tâm.'],
    tags: ['Đảng ủy Khối'],
  },
  {
    slug: 'dang-uy-xa-duc-long-doi-thoai-thanh-nien', category: 'dan-van-chinh-quyen', date: '2022-06-08T09:00',
    title: 'Đảng ủy xã Đức Long đối thoại với đoàn viên, thanh niên',
    summary: 'Hơn 80 đoàn viên, thanh niên xã Đức Long, huyện Thạch An nêu ý kiến về việc làm, khởi nghiệp và đời sống tinh thần.',
    body: ['Tại buổi đối thoại, nhiều thanh niên mong được hỗ trợ vốn vay để phát triển chăn nuôi và trồng cây ăn quả.',
      'Lãnh đạo xã đã trả lời trực tiếp các ý kiến, những việc vượt thẩm quyền được ghi nhận, báo cáo cấp trên.'],
  },
  {
    slug: 'cac-doan-the-ha-lang-giup-ho-ngheo-dung-nha', category: 'mat-tran-doan-the', date: '2023-03-15T09:00',
    title: 'Các đoàn thể ở Hạ Lang chung tay giúp hộ nghèo dựng nhà',
    summary: 'Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh và Đoàn Thanh niên huyện Hạ Lang góp hơn 600 ngày công giúp 12 hộ nghèo.',
    body: ['Mỗi đoàn thể nhận giúp đỡ một số hộ cụ thể, từ vận chuyển vật liệu đến dựng khung nhà, lợp mái.',
      'Ông Hoàng Văn Páo, một hộ được giúp đỡ, xúc động chia sẻ: “Có nhà mới, gia đình tôi yên tâm làm ăn”.'],
  },
  // ── đường / dương / đương: one article each, all three words in a headline ──
  {
    slug: 'khanh-thanh-tuyen-duong-be-tong-trung-khanh', category: 'nong-thon-moi', date: '2022-11-20T09:00',
    title: 'Khánh thành tuyến đường bê tông liên xóm ở Trùng Khánh',
    summary: 'Tuyến đường dài 2,4 km nối ba xóm của xã Đình Phong được hoàn thành nhờ Nhân dân góp công, góp đất.',
    body: ['Con đường rộng 3 m thay cho lối mòn lầy lội mỗi mùa mưa. Người dân đã hiến hơn 4.000 m² đất để mở rộng nền đường.',
      'Xe chở nông sản giờ vào tận xóm, việc đi lại, học hành của con em đồng bào thuận lợi hơn nhiều.'],
  },
  {
    slug: 'hoa-an-tuyen-duong-guong-dien-hinh-tien-tien', category: 'khen-thuong-xu-phat', date: '2023-09-05T09:00',
    title: 'Hòa An tuyên dương 30 gương điển hình tiên tiến',
    summary: 'Huyện Hòa An biểu dương các tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước giai đoạn 2021 - 2023.',
    body: ['Các điển hình được tuyên dương đến từ nhiều lĩnh vực: sản xuất, kinh doanh giỏi, giữ gìn an ninh trật tự, xây dựng nông thôn mới.',
      'Nhiều gương người tốt, việc tốt đã trở thành động lực để các phong trào thi đua lan tỏa ở cơ sở.'],
  },
  {
    slug: 'cuu-chien-binh-dam-duong-viec-xom', category: 'dan-van-kheo', date: '2021-10-14T09:00',
    title: 'Cựu chiến binh đảm đương việc xóm, được bà con tin cậy',
    summary: 'Nghỉ hưu về quê, ông Lương Văn Thịnh nhận làm trưởng xóm Nặm Đin và vận động bà con bỏ tập tục lạc hậu.',
    body: ['Ông đi từng nhà vận động tổ chức đám cưới, đám tang tiết kiệm, không mổ nhiều gia súc.',
      'Sau ba năm, xóm Nặm Đin không còn hộ đói, tỷ lệ hộ nghèo giảm còn dưới 10%.'],
  },
  {
    slug: 'truong-xom-na-pan-van-dong-hien-dat-lam-duong', category: 'dan-van-kheo', date: '2024-03-18T09:00',
    title: 'Gương “Dân vận khéo”: trưởng xóm Nà Pàn vận động bà con hiến đất làm đường',
    summary: 'Ông Nông Văn Quý, trưởng xóm Nà Pàn, xã Minh Tâm, đã vận động 38 hộ hiến đất mở rộng đường liên xóm.',
    body: ['Ông là người đầu tiên tháo dỡ tường rào, hiến 200 m² đất vườn của gia đình để làm gương cho bà con.',
      'Nhờ kiên trì gặp gỡ, thuyết phục từng hộ, không có đơn thư khiếu nại nào trong quá trình thi công.'],
  },
  // ── abbreviations ──
  {
    slug: 'hdnd-tinh-giam-sat-giai-quyet-kien-nghi-cu-tri', category: 'dan-van-chinh-quyen', date: '2023-06-22T09:00',
    title: 'HĐND tỉnh giám sát việc giải quyết kiến nghị của cử tri',
    summary: 'Đoàn giám sát của Thường trực HĐND tỉnh làm việc với các sở, ngành về kết quả giải quyết kiến nghị sau các kỳ họp.',
    body: ['Đến nay, phần lớn kiến nghị đã được giải quyết, trả lời cử tri đúng hạn; một số kiến nghị về đất đai còn kéo dài.',
      'Đoàn đề nghị các cơ quan công khai kết quả giải quyết để cử tri theo dõi, giám sát.'],
  },
  {
    slug: 'ubnd-bao-lam-doi-thoai-giai-phong-mat-bang', category: 'dan-van-chinh-quyen', date: '2022-04-09T09:00',
    title: 'UBND huyện Bảo Lâm đối thoại với người dân về giải phóng mặt bằng',
    summary: 'Hơn 60 hộ dân có đất thu hồi để làm dự án thủy điện được nghe giải thích chính sách bồi thường, hỗ trợ tái định cư.',
    body: ['Các ý kiến tập trung vào giá đất bồi thường, vị trí khu tái định cư và việc làm sau khi thu hồi đất.',
      'Chủ tịch UBND huyện yêu cầu các phòng chuyên môn trả lời bằng văn bản trước ngày 30/4.'],
  },
  {
    slug: 'uy-ban-mttq-tinh-giam-sat-bao-hiem-y-te', category: 'mat-tran-doan-the', date: '2023-11-02T09:00',
    title: 'Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế',
    summary: 'Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh làm việc tại Bảo hiểm xã hội và Trung tâm Y tế hai huyện.',
    body: ['Tỷ lệ người dân tham gia bảo hiểm y tế toàn tỉnh đạt trên 95%, nhưng việc cấp thẻ cho trẻ em dưới 6 tuổi có nơi còn chậm.',
      'Đoàn đề nghị tăng cường tuyên truyền để người dân hiểu rõ quyền lợi khi khám, chữa bệnh.'],
  },
  // ── old and new tone placement ──
  {
    slug: 'to-hoa-giai-xom-na-pan', category: 'tin-hoat-dong', date: '2021-08-17T09:00',
    title: 'Tổ hoà giải xóm Nà Pàn giữ bình yên thôn bản', // old placement: hoà
    summary: 'Năm năm liền, tổ hoà giải xóm Nà Pàn hoà giải thành tất cả các vụ việc, không để mâu thuẫn kéo dài.',
    body: ['Tổ có năm thành viên là trưởng xóm, chi hội trưởng phụ nữ, cựu chiến binh và người có uy tín trong dòng họ.',
      'Nhờ hoà giải kịp thời, nhiều gia đình đã hoà thuận trở lại, tình làng nghĩa xóm thêm gắn bó.'],
  },
  {
    slug: 'nang-cap-cong-trinh-thuy-loi-khuoi-khon', category: 'nong-thon-moi', date: '2024-05-09T09:00',
    title: 'Nâng cấp công trình thủy lợi Khuổi Khon, 40 hộ dân hưởng lợi', // new placement: thủy
    summary: 'Kênh mương thủy lợi Khuổi Khon được kiên cố hóa, bảo đảm nước tưới cho hơn 20 ha ruộng hai vụ.',
    body: ['Người dân góp hơn 500 ngày công đào đắp, vận chuyển vật liệu lên công trình.',
      'Tổ quản lý thủy lợi do bà con bầu ra sẽ chịu trách nhiệm nạo vét, bảo dưỡng kênh hằng năm.'],
  },
  {
    slug: 'uy-ban-kiem-tra-huyen-uy-ha-quang-kiem-tra-quy-che-dan-chu', category: 'tin-hoat-dong', date: '2022-09-27T09:00',
    title: 'Uỷ ban Kiểm tra Huyện uỷ Hà Quảng kiểm tra thực hiện quy chế dân chủ', // old placement: uỷ
    summary: 'Uỷ ban Kiểm tra Huyện uỷ Hà Quảng kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại năm xã.',
    body: ['Qua kiểm tra, các xã đã công khai các khoản đóng góp của Nhân dân, kế hoạch sử dụng đất và danh sách hộ nghèo.',
      'Một số nơi chưa tổ chức hội nghị lấy ý kiến Nhân dân trước khi quyết định các công trình ở thôn, xóm.'],
  },
  {
    slug: 'xa-dam-thuy-giu-gin-canh-quan-thac-ban-gioc', category: 'nong-thon-moi', date: '2023-07-30T09:00',
    title: 'Xã Đàm Thuỷ vận động người dân giữ gìn cảnh quan thác Bản Giốc', // old placement: Thuỷ
    summary: 'Người dân xã Đàm Thuỷ cam kết không xả rác, không xây dựng trái phép quanh khu du lịch thác Bản Giốc.',
    body: ['Các hộ làm dịch vụ du lịch cộng đồng được hướng dẫn phân loại rác, đón khách văn minh.',
      'Đoàn Thanh niên xã ra quân dọn vệ sinh bờ sông Quây Sơn mỗi sáng chủ nhật.'],
  },
  {
    slug: 'quang-hoa-ra-mat-to-dan-van-vung-bien', category: 'dan-van-kheo', date: '2022-02-23T09:00',
    title: 'Quảng Hòa ra mắt tổ dân vận ở 12 xóm vùng biên', // new placement: Hòa
    summary: 'Mỗi tổ dân vận gồm trưởng xóm, bí thư chi bộ và đại diện các đoàn thể, nắm bắt tâm tư của bà con nơi biên giới.',
    body: ['Các tổ họp mỗi tháng một lần để bàn cách vận động Nhân dân chấp hành quy định về quản lý biên giới.',
      'Bộ đội Biên phòng phối hợp hướng dẫn các tổ ghi chép, báo cáo tình hình.'],
  },
  // ── the recurring phrase "Dân vận khéo" ──
  {
    slug: 'dan-van-kheo-giup-dong-bao-mong-bao-lac-thoat-ngheo', category: 'dan-van-kheo', date: '2023-04-11T09:00',
    title: 'Mô hình “Dân vận khéo” giúp đồng bào Mông ở Bảo Lạc thoát nghèo',
    summary: 'Cán bộ xã cùng ăn, cùng ở với bà con, hướng dẫn trồng cỏ nuôi bò, nhiều hộ đã có thu nhập ổn định.',
    body: ['Từ mô hình, 45 hộ đồng bào Mông ở xã Cốc Pàng đã thoát nghèo trong hai năm.',
      'Huyện Bảo Lạc sẽ nhân rộng cách làm này ra các xã vùng cao khác.'],
  },
  {
    slug: 'bao-lac-kheo-leo-trong-cong-tac-dan-van-vung-cao', category: 'tin-hoat-dong', date: '2024-02-06T09:00',
    title: 'Bảo Lạc: khéo léo trong công tác dân vận vùng cao',
    avoid: ['dân vận khéo'], // the words, never side by side: a near miss for the quoted phrase
    summary: 'Cán bộ huyện Bảo Lạc học tiếng Mông, tiếng Dao để trò chuyện với bà con ngay tại nương rẫy.',
    body: ['Nhờ nói được tiếng của đồng bào, cán bộ dễ nắm bắt tâm tư, giải thích chủ trương, chính sách.',
      'Huyện mở lớp học tiếng dân tộc cho cán bộ cấp xã mỗi năm hai đợt.'],
  },
  {
    slug: 'ha-lang-tong-ket-5-nam-phong-trao-dan-van-kheo', category: 'dan-van-kheo', date: '2021-12-20T09:00',
    title: 'Hạ Lang tổng kết 5 năm phong trào thi đua “Dân vận khéo”',
    summary: 'Toàn huyện Hạ Lang có 180 mô hình, điển hình được công nhận trên các lĩnh vực kinh tế, văn hóa, xã hội.',
    body: ['Nhiều mô hình đã giúp người dân tăng thu nhập, giữ gìn an ninh trật tự ở khu vực biên giới.',
      'Hội nghị khen thưởng 15 tập thể và 20 cá nhân có thành tích xuất sắc.'],
  },
  {
    slug: 'dan-van-kheo-trong-xay-dung-nong-thon-moi-trung-khanh', category: 'nong-thon-moi', date: '2024-08-14T09:00',
    title: '“Dân vận khéo” trong xây dựng nông thôn mới ở Trùng Khánh',
    summary: 'Huyện Trùng Khánh có thêm ba xã đạt chuẩn nông thôn mới nhờ vận động Nhân dân cùng góp sức.',
    body: ['Người dân tự nguyện hiến đất, góp tiền làm nhà văn hóa, sân thể thao và hệ thống chiếu sáng.',
      'Cán bộ xã thường xuyên xuống xóm, họp dân để bàn bạc công khai từng hạng mục.'],
  },
  {
    slug: 'nu-truong-xom-dan-van-kheo-o-nguyen-binh', category: 'dan-van-kheo', date: '2022-07-19T09:00',
    title: 'Nữ trưởng xóm dân vận khéo ở Nguyên Bình',
    summary: 'Bà Nông Thị Hạnh, trưởng xóm Khuổi Mị, được bà con tin yêu vì việc gì cũng bàn với dân trước.',
    body: ['Bà vận động chị em trong xóm thành lập tổ hợp tác trồng chè, mỗi năm thu hàng trăm triệu đồng.',
      'Bà Nông Thị Hạnh còn đứng ra hòa giải nhiều mâu thuẫn trong xóm, giữ tình làng nghĩa xóm.'],
  },
  // ── numbers: the same headline, three years ──
  {
    slug: 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2023', category: 'tin-hoat-dong', date: '2023-01-06T09:00',
    title: 'Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023',
    summary: 'Hội nghị đề ra bốn nhóm nhiệm vụ trọng tâm, trong đó chú trọng công tác dân vận ở vùng đồng bào dân tộc thiểu số.',
    body: ['Các đại biểu thảo luận cách nắm bắt tình hình Nhân dân, nhất là ở các xã biên giới.',
      'Ban Dân vận Tỉnh ủy giao chỉ tiêu cụ thể cho từng đơn vị, địa phương.'],
  },
  {
    slug: 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2024', category: 'tin-hoat-dong', date: '2024-01-08T09:00',
    title: 'Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2024',
    summary: 'So với năm 2023, số mô hình dân vận khéo được công nhận tăng 20%; năm nay tập trung vào chuyển đổi số trong công tác dân vận.',
    body: ['Hội nghị thống nhất tổ chức giao ban trực tuyến hằng quý với các huyện.',
      'Mỗi huyện xây dựng ít nhất một mô hình điểm về dân vận chính quyền.'],
  },
  {
    slug: 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2022', category: 'tin-hoat-dong', date: '2022-01-07T09:00',
    title: 'Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2022',
    summary: 'Năm 2022, Ban Dân vận Tỉnh ủy chú trọng tuyên truyền, vận động Nhân dân thực hiện phòng, chống dịch bệnh.',
    body: ['Các huyện được giao tăng cường đối thoại với Nhân dân, giải quyết dứt điểm các vụ việc tồn đọng.',
      'Hội nghị cũng phát động đợt thi đua chào mừng kỷ niệm ngày truyền thống công tác dân vận.'],
  },
  // ── headline against body ──
  {
    slug: 'bao-ton-le-hoi-long-tong-cua-dong-bao-tay', category: 'cong-tac-dan-toc', date: '2021-05-04T09:00',
    title: 'Bảo tồn lễ hội Lồng Tồng của đồng bào Tày',
    summary: 'Các xã của huyện Hà Quảng khôi phục nghi lễ cầu mùa, trò chơi dân gian trong lễ hội xuống đồng đầu năm.',
    body: ['Nghệ nhân trong các xóm truyền dạy hát then, đàn tính cho lớp trẻ.',
      'Lễ hội được tổ chức tiết kiệm, an toàn, giữ đúng nghi thức truyền thống.'],
  },
  {
    slug: 'xuan-ve-tren-ban-tay-o-ha-quang', category: 'cong-tac-dan-toc', date: '2023-02-10T09:00',
    title: 'Xuân về trên bản Tày ở Hà Quảng',
    summary: 'Những ngày đầu xuân, bà con các dân tộc ở Hà Quảng vui Tết, đón khách về thăm quê.',
    body: ['Sau Tết, bà con nô nức tham gia lễ hội Lồng Tồng, cầu mong mưa thuận gió hòa, mùa màng bội thu.',
      'Chính quyền xã bố trí lực lượng giữ gìn trật tự để lễ hội Lồng Tồng diễn ra an toàn.'],
  },
  {
    slug: 'dua-nuoc-sach-ve-xom-lung-rit', category: 'nong-thon-moi', date: '2021-09-12T09:00',
    title: 'Đưa nước sạch về xóm Lũng Rịt',
    summary: 'Công trình cấp nước tự chảy giúp 56 hộ đồng bào Mông không còn phải đi hàng cây số lấy nước.',
    body: ['Bể chứa được xây ở đầu nguồn, đường ống dẫn về từng cụm dân cư.',
      'Mỗi hộ cử người tham gia tổ quản lý, đóng góp một khoản nhỏ hằng tháng để sửa chữa đường ống.'],
  },
  {
    slug: 'giu-sach-nguon-nuoc-dau-nguon-o-bao-lam', category: 'nong-thon-moi', date: '2024-04-22T09:00',
    title: 'Giữ sạch nguồn nước đầu nguồn ở Bảo Lâm',
    avoid: ['nước sạch'], // the words, never side by side: a near miss for the quoted phrase
    summary: 'Người dân các xóm ven suối cam kết không chăn thả gia súc, không xả rác xuống lòng suối.',
    body: ['Đoàn Thanh niên huyện trồng hơn 2.000 cây xanh quanh các điểm lấy nước sinh hoạt.',
      'Mô hình được Hội Liên hiệp Phụ nữ huyện hưởng ứng, nhân rộng ra các xã khác.'],
  },
  {
    slug: 'chuyen-doi-so-o-bo-phan-mot-cua-thach-an', category: 'dan-van-chinh-quyen', date: '2022-10-03T09:00',
    title: 'Chuyển đổi số ở bộ phận một cửa huyện Thạch An',
    summary: 'Người dân có thể nộp hồ sơ trực tuyến, tra cứu kết quả giải quyết thủ tục qua điện thoại.',
    body: ['Công chức bộ phận một cửa hướng dẫn tận tình những người lần đầu làm thủ tục trực tuyến.',
      'Tỷ lệ hồ sơ nộp trực tuyến tăng gấp ba lần so với năm trước.'],
  },
  {
    slug: 'thach-an-day-manh-cai-cach-hanh-chinh', category: 'dan-van-chinh-quyen', date: '2024-06-11T09:00',
    title: 'Thạch An đẩy mạnh cải cách hành chính',
    summary: 'Huyện Thạch An gắn cải cách hành chính với chuyển đổi số, lấy sự hài lòng của người dân làm thước đo.',
    body: ['Các xã được trang bị máy tính để hỗ trợ người dân làm thủ tục; chuyển đổi số được đưa vào tiêu chí thi đua.',
      'Cán bộ, công chức được tập huấn kỹ năng chuyển đổi số và giao tiếp với Nhân dân.'],
  },
  // ── for near misses ──
  {
    slug: 'tap-huan-nghiep-vu-cong-tac-dan-van-cho-can-bo-co-so', category: 'tin-hoat-dong', date: '2023-05-16T09:00',
    title: 'Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở',
    summary: 'Hơn 150 cán bộ làm công tác dân vận cấp xã được bồi dưỡng kỹ năng vận động quần chúng.',
    body: ['Học viên được hướng dẫn cách nắm tình hình, viết báo cáo và tổ chức đối thoại với Nhân dân.',
      'Lớp tập huấn dành nhiều thời gian trao đổi tình huống thực tế ở cơ sở.'],
  },
  {
    slug: 'hoi-nong-dan-huong-dan-trong-thach-den', category: 'dan-van-kheo', date: '2022-08-25T09:00',
    title: 'Hội Nông dân hướng dẫn hội viên trồng thạch đen',
    summary: 'Cây thạch đen cho thu nhập cao gấp đôi trồng ngô, đang được nhiều hộ ở Thạch An lựa chọn.',
    body: ['Hội Nông dân liên kết với hợp tác xã để bao tiêu sản phẩm cho bà con.',
      'Năm nay diện tích thạch đen toàn huyện tăng thêm 60 ha.'],
  },
  {
    slug: 'chu-tich-ubnd-tinh-tiep-cong-dan-dinh-ky-thang-9', category: 'dan-van-chinh-quyen', date: '2024-09-10T09:00',
    title: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 9',
    summary: 'Buổi tiếp công dân giải quyết ba vụ việc khiếu nại về bồi thường đất đai kéo dài nhiều năm.',
    body: ['Chủ tịch UBND tỉnh yêu cầu các sở, ngành liên quan rà soát hồ sơ, trả lời công dân trong 15 ngày.',
      'Các công dân đồng tình với hướng giải quyết và cam kết không khiếu nại vượt cấp.'],
  },
  {
    slug: 'ngay-hoi-dai-doan-ket-o-xom-pac-rang', category: 'mat-tran-doan-the', date: '2023-11-18T09:00',
    title: 'Ngày hội Đại đoàn kết toàn dân tộc ở xóm Pác Rằng',
    summary: 'Bà con xóm Pác Rằng cùng đánh giá một năm thực hiện cuộc vận động xây dựng khu dân cư văn hóa.',
    body: ['Ngày hội có các trò chơi dân gian, văn nghệ và bữa cơm đoàn kết của các gia đình trong xóm.',
      'Ban Công tác Mặt trận xóm trao quà cho các hộ có hoàn cảnh khó khăn.'],
  },
  {
    slug: 'trao-15-nha-dai-doan-ket-cho-ho-ngheo-ha-quang', category: 'mat-tran-doan-the', date: '2022-12-09T09:00',
    title: 'Trao 15 nhà Đại đoàn kết cho hộ nghèo ở Hà Quảng',
    summary: 'Mỗi ngôi nhà được hỗ trợ 50 triệu đồng từ Quỹ Vì người nghèo của tỉnh.',
    body: ['Anh em, họ hàng và hàng xóm góp ngày công giúp các hộ dựng nhà kịp trước mùa mưa.',
      'Từ đầu năm, huyện Hà Quảng đã xóa được hơn 100 nhà tạm cho hộ nghèo.'],
  },
  {
    slug: 'don-bien-phong-soc-giang-giup-dan-dung-lai-nha', category: 'cong-tac-dan-toc', date: '2021-03-26T09:00',
    title: 'Đồn Biên phòng Sóc Giang giúp dân dựng lại nhà sau lũ',
    summary: 'Cán bộ, chiến sĩ Đồn Biên phòng Sóc Giang cùng bà con sửa lại 7 ngôi nhà bị lũ quét làm hư hỏng.',
    body: ['Các chiến sĩ còn giúp bà con dọn bùn đất trong ruộng, sửa lại rãnh nước.',
      'Bộ đội Biên phòng được bà con quý mến, coi như người thân trong gia đình.'],
  },
  {
    slug: 'hoi-nong-dan-hoa-an-giup-hoi-vien-tiep-can-von-vay', category: 'mat-tran-doan-the', date: '2021-06-30T09:00',
    title: 'Hội Nông dân huyện Hoà An giúp hội viên tiếp cận vốn vay', // old placement: Hoà
    summary: 'Qua tổ tiết kiệm và vay vốn, hơn 300 hội viên nông dân huyện Hoà An được vay vốn ưu đãi.',
    body: ['Nhiều hộ dùng vốn vay để nuôi lợn, trồng rau an toàn, mua máy làm đất.',
      'Hội Nông dân thường xuyên kiểm tra, đôn đốc hội viên sử dụng vốn đúng mục đích.'],
  },
  // ── everyday articles: they share the common words and make the queries earn their answers ──
  {
    slug: 'giao-ban-cong-tac-dan-van-quy-iii-nam-2023', category: 'tin-hoat-dong', date: '2023-10-05T09:00',
    title: 'Giao ban công tác dân vận quý III năm 2023',
    summary: 'Các đơn vị báo cáo kết quả quý III và thống nhất triển khai nhiệm vụ quý IV.',
    body: ['Các huyện đã giải quyết xong phần lớn kiến nghị của Nhân dân tiếp nhận qua đường dây nóng.',
      'Hội nghị lưu ý tăng cường nắm tình hình trong mùa mưa bão.'],
  },
  {
    slug: 'so-ket-6-thang-thuc-hien-quy-che-dan-chu-o-co-so', category: 'tin-hoat-dong', date: '2024-07-15T09:00',
    title: 'Sơ kết 6 tháng thực hiện quy chế dân chủ ở cơ sở',
    summary: 'Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở của tỉnh đánh giá kết quả sáu tháng đầu năm.',
    body: ['Việc công khai, minh bạch trong quản lý tài chính, đất đai ở xã có nhiều chuyển biến.',
      'Một số nơi vẫn còn tình trạng họp dân mang tính hình thức.'],
  },
  {
    slug: 'doan-cong-tac-ban-dan-van-trung-uong-lam-viec-tai-cao-bang', category: 'tin-hoat-dong', date: '2022-05-18T09:00',
    title: 'Đoàn công tác Ban Dân vận Trung ương làm việc tại Cao Bằng',
    summary: 'Đoàn khảo sát việc thực hiện công tác dân vận ở vùng đồng bào dân tộc thiểu số và biên giới.',
    body: ['Đoàn đánh giá cao sự vào cuộc của cả hệ thống chính trị trong công tác dân vận.',
      'Tỉnh kiến nghị có thêm chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số.'],
  },
  {
    slug: 'chi-hoi-phu-nu-dan-van-kheo', category: 'mat-tran-doan-the', date: '2021-11-08T09:00',
    title: 'Hội Liên hiệp Phụ nữ tỉnh ra mắt mô hình “Chi hội phụ nữ dân vận khéo”',
    summary: 'Mô hình được triển khai thí điểm ở 20 chi hội thuộc năm huyện.',
    body: ['Mỗi chi hội đăng ký một việc làm cụ thể vì cộng đồng, như làm đường hoa, vệ sinh môi trường.',
      'Hội viên được tập huấn kỹ năng tuyên truyền, vận động chị em.'],
  },
  {
    slug: 'tinh-doan-phat-dong-thanh-nien-tinh-nguyen-he', category: 'mat-tran-doan-the', date: '2023-06-02T09:00',
    title: 'Tỉnh đoàn phát động chiến dịch Thanh niên tình nguyện hè',
    summary: 'Hơn 3.000 đoàn viên, thanh niên tham gia làm đường, sửa nhà, dạy học cho trẻ em vùng cao.',
    body: ['Các đội hình tình nguyện tập trung ở những xã khó khăn nhất của tỉnh.',
      'Đoàn viên còn hướng dẫn bà con sử dụng dịch vụ công trực tuyến.'],
  },
  {
    slug: 'xu-ly-nghiem-can-bo-vi-pham-quy-dinh-tiep-cong-dan', category: 'khen-thuong-xu-phat', date: '2022-03-14T09:00',
    title: 'Xử lý nghiêm cán bộ vi phạm quy định về tiếp công dân',
    summary: 'Hai công chức cấp xã bị kỷ luật khiển trách vì gây khó khăn cho người dân khi làm thủ tục.',
    body: ['Chủ tịch UBND huyện yêu cầu các xã chấn chỉnh thái độ phục vụ Nhân dân.',
      'Người dân có thể phản ánh qua đường dây nóng của huyện.'],
  },
  {
    slug: 'trao-ky-niem-chuong-vi-su-nghiep-dan-van-cho-42-ca-nhan', category: 'khen-thuong-xu-phat', date: '2023-12-15T09:00',
    title: 'Trao Kỷ niệm chương “Vì sự nghiệp dân vận” cho 42 cá nhân',
    summary: 'Các cá nhân được trao tặng đã có nhiều năm gắn bó với công tác dân vận ở cơ sở.',
    body: ['Nhiều người là trưởng xóm, người có uy tín, cán bộ hưu trí vẫn tận tụy với nhiệm vụ.',
      'Lễ trao tặng diễn ra trang trọng tại hội trường Tỉnh ủy.'],
  },
  {
    slug: 'nguoi-co-uy-tin-gop-suc-giu-binh-yen-vung-bien', category: 'cong-tac-dan-toc', date: '2024-10-21T09:00',
    title: 'Người có uy tín góp sức giữ bình yên vùng biên',
    summary: 'Toàn tỉnh có hơn 600 người có uy tín trong đồng bào dân tộc thiểu số, nhiều người ở các xã biên giới.',
    body: ['Họ là cầu nối giữa cấp ủy, chính quyền với bà con, vận động con cháu chấp hành pháp luật.',
      'Hằng năm, tỉnh tổ chức gặp mặt, tặng quà người có uy tín nhân dịp Tết.'],
  },
  {
    slug: 'cham-lo-tet-cho-dong-bao-dan-toc-thieu-so-vung-cao', category: 'cong-tac-dan-toc', date: '2022-01-25T09:00',
    title: 'Chăm lo Tết cho đồng bào dân tộc thiểu số vùng cao',
    summary: 'Hàng nghìn suất quà được trao cho hộ nghèo, gia đình chính sách trước Tết Nguyên đán.',
    body: ['Các đoàn công tác vượt đường núi xa xôi để đến tận nhà bà con.',
      'Nhiều doanh nghiệp, nhà hảo tâm cùng đồng hành trong chương trình.'],
  },
  {
    slug: 'dong-bao-dao-nguyen-binh-giu-nghe-det-truyen-thong', category: 'cong-tac-dan-toc', date: '2023-08-08T09:00',
    title: 'Đồng bào Dao ở Nguyên Bình giữ gìn nghề dệt truyền thống',
    summary: 'Phụ nữ Dao ở xã Phan Thanh vẫn dệt vải, thêu hoa văn trên trang phục truyền thống.',
    body: ['Sản phẩm thổ cẩm được bán cho khách du lịch, tăng thêm thu nhập cho chị em.',
      'Huyện Nguyên Bình hỗ trợ thành lập tổ hợp tác dệt thổ cẩm.'],
  },
  {
    slug: 'xay-dung-khu-dan-cu-kieu-mau-o-phuong-song-hien', category: 'nong-thon-moi', date: '2021-04-19T09:00',
    title: 'Xây dựng khu dân cư kiểu mẫu ở phường Sông Hiến',
    summary: 'Tổ dân phố số 5 phường Sông Hiến được công nhận khu dân cư kiểu mẫu đầu tiên của thành phố.',
    body: ['Các hộ tự nguyện lắp đèn chiếu sáng, trồng hoa dọc các tuyến ngõ.',
      'Ban Công tác Mặt trận tổ dân phố họp định kỳ để bàn việc chung.'],
  },
  {
    slug: 'phu-nu-hong-viet-trong-hoa-lam-dep-xom-lang', category: 'mat-tran-doan-the', date: '2024-11-05T09:00',
    title: 'Phụ nữ Hồng Việt trồng hoa làm đẹp xóm làng',
    summary: 'Hội viên phụ nữ xã Hồng Việt, huyện Hòa An trồng hoa dọc tuyến đường liên xóm dài 3 km.',
    body: ['Mỗi chi hội nhận chăm sóc một đoạn, thay hoa theo mùa.',
      'Tuyến đường hoa trở thành điểm chụp ảnh của du khách.'],
  },
  {
    slug: 'cai-cach-hanh-chinh-ho-so-dung-han-dat-99', category: 'dan-van-chinh-quyen', date: '2021-07-07T09:00',
    title: 'Cải cách hành chính: hồ sơ giải quyết đúng hạn đạt 99%',
    summary: 'Sáu tháng đầu năm, bộ phận một cửa các cấp tiếp nhận hơn 50.000 hồ sơ.',
    body: ['Thái độ phục vụ của công chức được người dân đánh giá hài lòng.',
      'Tỉnh tiếp tục rà soát, cắt giảm thủ tục không cần thiết.'],
  },
  {
    slug: 'bo-doi-bien-phong-tuyen-truyen-phap-luat-cho-dong-bao', category: 'cong-tac-dan-toc', date: '2022-10-28T09:00',
    title: 'Bộ đội Biên phòng tuyên truyền pháp luật cho đồng bào biên giới',
    summary: 'Các buổi tuyên truyền bằng tiếng Tày, Nùng, Mông giúp bà con dễ hiểu, dễ nhớ.',
    body: ['Nội dung tập trung vào quy chế khu vực biên giới, phòng chống mua bán người.',
      'Cán bộ đồn biên phòng còn đến từng nhà phát tờ rơi song ngữ.'],
  },
  {
    slug: 'khen-thuong-25-tap-the-ca-nhan-phong-trao-dan-van-kheo', category: 'khen-thuong-xu-phat', date: '2024-12-10T09:00',
    title: 'Khen thưởng 25 tập thể, cá nhân trong phong trào “Dân vận khéo”', // the newest "Dân vận khéo" headline
    summary: 'Các điển hình đến từ nhiều huyện, trong đó có Bảo Lạc, Hạ Lang, Trùng Khánh và Nguyên Bình.',
    body: ['Nhiều mô hình có sức lan tỏa rộng, được nhân rộng ra toàn tỉnh.',
      'Ban Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục phát hiện, bồi dưỡng điển hình mới.'],
  },
  {
    slug: 'cuu-chien-binh-thach-an-lam-kinh-te-gioi', category: 'mat-tran-doan-the', date: '2021-02-22T09:00',
    title: 'Cựu chiến binh Thạch An làm kinh tế giỏi',
    summary: 'Nhiều hội viên cựu chiến binh có thu nhập trên 200 triệu đồng mỗi năm từ trang trại.',
    body: ['Các hội viên giúp nhau giống, vốn và kinh nghiệm sản xuất.',
      'Hội Cựu chiến binh huyện tổ chức hội thảo chia sẻ cách làm hay.'],
  },
  {
    slug: 'chinh-trang-nha-cua-ngo-xom', category: 'nong-thon-moi', date: '2023-10-26T09:00',
    title: 'Vận động Nhân dân chỉnh trang nhà cửa, ngõ xóm',
    summary: 'Các xã phát động phong trào sáng, xanh, sạch, đẹp trong từng hộ gia đình.',
    body: ['Đường làng, ngõ xóm được quét dọn sạch sẽ mỗi cuối tuần.',
      'Những hộ làm tốt được biểu dương tại các buổi họp xóm.'],
  },
  {
    slug: 'cung-cap-thong-tin-tinh-hinh-an-ninh-trat-tu', category: 'tin-hoat-dong', date: '2021-01-15T09:00',
    title: 'Hội nghị cung cấp thông tin về tình hình an ninh trật tự',
    summary: 'Cán bộ làm công tác dân vận được thông tin về tình hình an ninh trật tự ở khu vực biên giới.',
    body: ['Báo cáo viên lưu ý các thủ đoạn lừa đảo qua mạng nhằm vào người dân vùng nông thôn.',
      'Các đại biểu được hướng dẫn cách tuyên truyền cho bà con cảnh giác.'],
  },
  {
    slug: 'dan-van-chinh-quyen-lang-nghe-de-hanh-dong', category: 'dan-van-chinh-quyen', date: '2024-04-03T09:00',
    title: 'Dân vận chính quyền: lắng nghe để hành động',
    summary: 'Nhiều địa phương tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.',
    body: ['Qua đối thoại, nhiều vướng mắc về đất đai, chính sách được tháo gỡ ngay tại cơ sở.',
      'Cán bộ được yêu cầu trả lời rõ ràng, không hứa suông.'],
  },
  {
    slug: 'cong-tac-dan-van-trong-luc-luong-cong-an', category: 'tin-hoat-dong', date: '2022-08-03T09:00',
    title: 'Nâng cao chất lượng công tác dân vận trong lực lượng Công an',
    summary: 'Công an tỉnh ký kết chương trình phối hợp với Ban Dân vận Tỉnh ủy giai đoạn mới.',
    body: ['Công an xã chính quy bám địa bàn, giúp dân làm căn cước và giải quyết việc vặt ở xóm.',
      'Phong trào toàn dân bảo vệ an ninh Tổ quốc được đẩy mạnh.'],
  },
  {
    slug: 'thanh-nien-hoa-an-tinh-nguyen-sua-nha', category: 'mat-tran-doan-the', date: '2024-07-27T09:00',
    title: 'Thanh niên Hòa An tình nguyện sửa nhà cho người cao tuổi',
    summary: 'Đoàn viên, thanh niên huyện Hòa An sửa mái, sơn tường cho 9 gia đình người cao tuổi neo đơn.',
    body: ['Các đoàn viên còn dọn vườn, sửa điện và tặng quà cho các cụ.',
      'Hoạt động nằm trong chuỗi chương trình tình nguyện hè của Huyện đoàn.'],
  },
  {
    slug: 'dong-bao-mong-bao-lac-dinh-canh-dinh-cu', category: 'cong-tac-dan-toc', date: '2022-05-30T09:00',
    title: 'Đồng bào Mông ở Bảo Lạc định canh, định cư',
    summary: 'Hơn 100 hộ đồng bào Mông được hỗ trợ làm nhà, khai hoang ruộng bậc thang ở nơi ở mới.',
    body: ['Chính quyền vận động bà con không phát rừng làm nương, chuyển sang trồng cây ăn quả.',
      'Trường học, trạm y tế được xây dựng gần khu tái định cư.'],
  },
  {
    slug: 'nghi-quyet-ve-cong-tac-dan-van-trong-tinh-hinh-moi', category: 'tin-hoat-dong', date: '2021-06-05T09:00',
    title: 'Quán triệt nghị quyết về công tác dân vận trong tình hình mới',
    summary: 'Hội nghị trực tuyến đến các huyện, thành phố với hơn 1.200 đại biểu tham dự.',
    body: ['Báo cáo viên làm rõ những điểm mới, yêu cầu đổi mới phương thức vận động quần chúng.',
      'Các cấp ủy xây dựng chương trình hành động thực hiện nghị quyết.'],
  },
  {
    slug: 'hop-tac-xa-che-khuoi-mi', category: 'nong-thon-moi', date: '2024-02-28T09:00',
    title: 'Hợp tác xã chè Khuổi Mị có sản phẩm OCOP 3 sao',
    summary: 'Sản phẩm chè của hợp tác xã được công nhận OCOP 3 sao, mở ra cơ hội bán hàng ở thị trường lớn.',
    body: ['Hợp tác xã có 25 thành viên, phần lớn là phụ nữ trong xóm.',
      'Huyện hỗ trợ làm bao bì, tem truy xuất nguồn gốc cho sản phẩm.'],
  },
  {
    slug: 'mua-lu-cac-doan-the-giup-dan-khac-phuc-hau-qua', category: 'mat-tran-doan-the', date: '2024-09-14T09:00',
    title: 'Sau mưa lũ, Mặt trận và các đoàn thể giúp dân khắc phục hậu quả',
    summary: 'Ủy ban MTTQ tỉnh tiếp nhận hơn 2 tỷ đồng ủng hộ người dân bị thiệt hại do bão lũ.',
    body: ['Đoàn viên, hội viên giúp bà con dọn bùn, dựng lại chuồng trại, trồng lại hoa màu.',
      'Số tiền ủng hộ được phân bổ công khai đến từng hộ.'],
  },
];

const BY_PATH = new Map(SEARCH_ARTICLES.map((a) => [contentPathOf(a), a]));

/** Where an article is in the project: content/<category>/<slug>.md. */
export function contentPathOf(article) {
  return `content/${article.category}/${article.slug}.md`;
}

/** The site address baotinh gives an article under SEARCH_PERMALINK (with basePath /). */
export function urlOf(article) {
  const [yyyy, mm] = article.date.split('-');
  return SEARCH_PERMALINK.replace('{yyyy}', yyyy).replace('{mm}', mm).replace('{slug}', article.slug);
}

/** The article at a content path; throws for an unknown one, so a typo in an expectation fails loudly. */
export function articleAt(contentPath) {
  const found = BY_PATH.get(contentPath);
  if (!found) throw new Error(`search corpus: no article at ${contentPath}`);
  return found;
}

/** The address of the article at a content path. */
export function urlOfPath(contentPath) {
  return urlOf(articleAt(contentPath));
}

/** A JSON string is a valid YAML double-quoted scalar. */
const q = (s) => JSON.stringify(s);

/** The article's two everyday sentences, by position (never random: the corpus is the same on every run). */
function commonSentencesOf(article, index) {
  const avoided = (sentence) => (article.avoid ?? []).some((phrase) => sentence.toLowerCase().includes(phrase));
  const picked = [];
  for (const start of [index * 5, index * 7 + 3]) {
    for (let k = 0; k < COMMON_SENTENCES.length; k++) {
      const sentence = COMMON_SENTENCES[(start + k) % COMMON_SENTENCES.length];
      if (avoided(sentence) || picked.includes(sentence)) continue;
      picked.push(sentence);
      break;
    }
  }
  return picked;
}

/** Everything the article says, as the Markdown has it: headline, lead, body paragraphs. */
export function textOf(article) {
  const index = SEARCH_ARTICLES.indexOf(article);
  if (index === -1) throw new Error(`search corpus: not one of its articles: ${article.slug}`);
  return [article.title, article.summary ?? '', ...article.body, commonSentencesOf(article, index).join(' ')].join('\n\n').normalize('NFC');
}

function markdownOf(article, index) {
  const lines = ['---', `title: ${q(article.title)}`, `slug: ${article.slug}`, `date: ${q(article.date)}`, `category: ${article.category}`];
  if (article.summary) lines.push(`summary: ${q(article.summary)}`);
  if (article.tags?.length) lines.push('tags:', ...article.tags.map((t) => `  - ${q(t)}`));
  lines.push('---', '');
  const paragraphs = [...article.body, commonSentencesOf(article, index).join(' ')];
  return `${lines.join('\n')}\n${paragraphs.join('\n\n')}\n`.normalize('NFC');
}

export function configYaml() {
  const lines = [
    '# Bộ bài mẫu để thử tìm kiếm (scripts/search-corpus.mjs). Trang MINH HỌA, không phải cổng thông tin chính thức.',
    'title: Cổng thông tin thử tìm kiếm',
    'description: Trang minh họa có nội dung tự soạn, dùng để đo chất lượng tìm kiếm của baotinh.',
    'demo: true',
    'baseUrl: https://tim-kiem.example.vn',
    'basePath: /',
    'locale: vi-VN',
    'timeZone: Asia/Ho_Chi_Minh',
    `permalink: ${SEARCH_PERMALINK}`,
    'pageSize: 10',
    '',
    'categories:',
    ...SEARCH_CATEGORIES.flatMap((c) => [`  - slug: ${c.slug}`, `    name: ${q(c.name)}`]),
    '',
    'menu:',
    '  - label: Trang chủ',
    '    url: /',
    ...SEARCH_CATEGORIES.map((c) => `  - category: ${c.slug}`),
    '',
    'contact:',
    '  organisation: Cổng thông tin thử tìm kiếm (trang minh họa)',
    '  phone: 0206 3 000 000',
    '',
  ];
  return lines.join('\n');
}

/**
 * Writes the corpus into `root`: baotinh.config.yaml (unless `config: false`, to add the articles to
 * another project whose categories include these) and content/<category>/<slug>.md for each article.
 * The articles' folders are emptied first, so a rerun leaves exactly this corpus.
 * Returns each article's content path, address and headline.
 */
export function writeSearchCorpus(root, { config = true } = {}) {
  if (config) writeFileSync(join(root, 'baotinh.config.yaml'), configYaml());
  for (const c of new Set(SEARCH_ARTICLES.map((a) => a.category))) rmSync(join(root, 'content', c), { recursive: true, force: true });
  return SEARCH_ARTICLES.map((article, index) => {
    const path = contentPathOf(article);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), markdownOf(article, index));
    return { path, url: urlOf(article), title: article.title };
  });
}
