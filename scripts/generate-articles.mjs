#!/usr/bin/env node
// Deterministic generator of a synthetic baotinh site for benchmarks and load tests.
//
//   node scripts/generate-articles.mjs --count 10000 --out bench-sites/10000 [--seed 1]
//
// Writes <out>/baotinh.config.yaml and <out>/content/bai-viet/<name>.md × count (exactly count).
// <out>/content is removed and recreated on every run, so reruns are clean.
// Most articles are "Tin số N: …" (N = index + 1, dated in the order of N; the file name is the
// title's slug). Two in every 50 (1 in 25) are recurring notices instead, as on a real portal: a
// title that repeats word for word ("Lịch công tác tuần của Thường trực Tỉnh ủy"), without the
// "Tin số N" prefix, the two of a pair about a week apart and in the same month whenever the block
// allows. They have no `slug:`, so baotinh derives one address from the title and must tell
// same-month ones apart itself; their file names stay unique: the title's slug plus the date
// (…-2024-05-13.md, plus -HHMM if that day is taken). Other tools may use the file name as slug.
// The same arguments always produce byte-identical files: all randomness comes from a
// seeded mulberry32 PRNG (never Math.random), and nothing depends on the clock, the
// locale or the order in which the file system lists files.
// No images: the benchmark measures the page pipeline, not sharp.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// ───────────────────────────── arguments ─────────────────────────────

function parseArgs(argv) {
  const args = { count: 1000, out: null, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--count': args.count = toInt(value(), flag); break;
      case '--out': args.out = value(); break;
      case '--seed': args.seed = toInt(value(), flag); break;
      case '-h':
      case '--help':
        process.stdout.write('usage: node scripts/generate-articles.mjs --count N --out DIR [--seed S]\n');
        process.exit(0);
        break;
      default: fail(`unknown argument: ${arg}`);
    }
  }
  if (!args.out) fail('--out DIR is required');
  if (args.count < 1) fail('--count must be at least 1');
  return args;
}

function toInt(text, flag) {
  if (!/^-?\d+$/.test(text)) fail(`${flag} expects an integer, got "${text}"`);
  return Number(text);
}

function fail(message) {
  process.stderr.write(`generate-articles: ${message}\n`);
  process.exit(2);
}

// ───────────────────────────── PRNG ─────────────────────────────

function mulberry32(a) {
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per article: article i does not depend on how many come before it. */
function rngFor(seed, index) {
  let h = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}

const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
function sample(rng, list, n) {
  const copy = list.slice();
  const out = [];
  for (let k = 0; k < n && copy.length > 0; k++) out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]);
  return out;
}

// ───────────────────────────── Vietnamese data ─────────────────────────────
// Everything below is invented for a demonstration site; names of people are fictitious.

const CATEGORIES = [
  {
    slug: 'tin-hoat-dong', name: 'Tin hoạt động',
    description: 'Hoạt động của Ban Dân vận Tỉnh ủy và hệ thống dân vận các cấp.',
    topics: ['Hội nghị tổng kết công tác dân vận', 'Tập huấn nghiệp vụ công tác dân vận', 'Giao ban công tác dân vận khối cơ sở',
      'Đoàn công tác Ban Dân vận Tỉnh ủy làm việc', 'Sơ kết 6 tháng thực hiện nhiệm vụ dân vận', 'Hội nghị triển khai nhiệm vụ trọng tâm',
      'Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở', 'Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở'],
  },
  {
    slug: 'dan-van-chinh-quyen', name: 'Dân vận chính quyền',
    description: 'Công tác dân vận của cơ quan nhà nước, cải cách hành chính, tiếp dân.',
    topics: ['Đối thoại giữa người đứng đầu với Nhân dân', 'Nâng cao chất lượng tiếp công dân', 'Đẩy mạnh cải cách thủ tục hành chính',
      'Giải quyết kiến nghị của cử tri', 'Chính quyền thân thiện, gần dân', 'Bộ phận một cửa phục vụ người dân',
      'Thực hiện dân chủ trong hoạt động công vụ', 'Chuyển đổi số phục vụ người dân'],
  },
  {
    slug: 'dan-van-kheo', name: 'Dân vận khéo',
    description: 'Gương điển hình và mô hình trong phong trào thi đua "Dân vận khéo".',
    topics: ['Nhân rộng mô hình “Dân vận khéo”', 'Gương sáng trong phong trào “Dân vận khéo”', 'Mô hình đường giao thông nông thôn tự quản',
      'Vận động Nhân dân hiến đất làm đường', 'Mô hình phát triển kinh tế hộ gia đình', 'Tuyên dương điển hình “Dân vận khéo”',
      'Trưởng xóm tâm huyết với công tác dân vận', 'Cựu chiến binh làm kinh tế giỏi'],
  },
  {
    slug: 'cong-tac-dan-toc', name: 'Công tác dân tộc',
    description: 'Chính sách dân tộc và đời sống đồng bào các dân tộc thiểu số.',
    topics: ['Chăm lo đời sống đồng bào dân tộc thiểu số', 'Phát huy vai trò người có uy tín', 'Bảo tồn bản sắc văn hóa dân tộc Nùng',
      'Hỗ trợ sinh kế cho đồng bào vùng cao', 'Giữ gìn lễ hội truyền thống của đồng bào Tày', 'Đưa chính sách dân tộc vào cuộc sống',
      'Xóa nhà tạm, nhà dột nát cho hộ nghèo', 'Đồng bào Mông định canh, định cư'],
  },
  {
    slug: 'cong-tac-ton-giao', name: 'Công tác tôn giáo',
    description: 'Công tác tôn giáo, tín ngưỡng trên địa bàn tỉnh.',
    topics: ['Thăm, chúc mừng các cơ sở tôn giáo', 'Tuyên truyền chính sách tôn giáo, tín ngưỡng', 'Đồng bào có đạo sống “tốt đời, đẹp đạo”',
      'Quản lý nhà nước về hoạt động tín ngưỡng', 'Hội nghị công tác tôn giáo', 'Chức sắc tôn giáo đồng hành cùng chính quyền'],
  },
  {
    slug: 'khen-thuong-xu-phat', name: 'Khen thưởng - Xử phạt',
    description: 'Thông tin khen thưởng và xử lý vi phạm.',
    topics: ['Trao Kỷ niệm chương “Vì sự nghiệp dân vận”', 'Khen thưởng tập thể, cá nhân tiêu biểu', 'Xử lý vi phạm trong quản lý đất đai',
      'Tặng Bằng khen của Chủ tịch UBND tỉnh', 'Biểu dương tập thể điển hình tiên tiến', 'Kỷ luật cán bộ vi phạm quy định'],
  },
  {
    slug: 'mat-tran-doan-the', name: 'Mặt trận - Đoàn thể',
    description: 'Hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.',
    topics: ['Ngày hội Đại đoàn kết toàn dân tộc', 'Đại hội Hội Liên hiệp Phụ nữ', 'Hội Nông dân đồng hành cùng hội viên',
      'Đoàn Thanh niên ra quân tình nguyện hè', 'Mặt trận giám sát và phản biện xã hội', 'Hội Cựu chiến binh giúp nhau thoát nghèo',
      'Trao nhà Đại đoàn kết cho hộ khó khăn'],
  },
  {
    slug: 'nong-thon-moi', name: 'Xây dựng nông thôn mới',
    description: 'Phong trào chung sức xây dựng nông thôn mới, đô thị văn minh.',
    topics: ['Chung sức xây dựng nông thôn mới', 'Đường bê tông về bản', 'Xây dựng khu dân cư kiểu mẫu',
      'Phát triển sản phẩm OCOP đặc trưng', 'Đổi thay ở xã đạt chuẩn nông thôn mới', 'Vận động Nhân dân chỉnh trang nhà cửa',
      'Nước sạch về với đồng bào vùng cao'],
  },
];

const DISTRICTS = ['Bảo Lạc', 'Bảo Lâm', 'Hà Quảng', 'Trùng Khánh', 'Hạ Lang', 'Quảng Hòa', 'Hòa An', 'Nguyên Bình', 'Thạch An'];
const PLACES = [
  'thành phố Cao Bằng', 'huyện Bảo Lạc', 'huyện Bảo Lâm', 'huyện Hà Quảng', 'huyện Trùng Khánh', 'huyện Hạ Lang',
  'huyện Quảng Hòa', 'huyện Hòa An', 'huyện Nguyên Bình', 'huyện Thạch An', 'xã Đức Long', 'xã Đàm Thủy',
  'xã Đình Phong', 'xã Đức Hồng', 'xã Đoài Dương', 'xã Đại Tiến', 'xã Quang Trung', 'xã Lê Lợi', 'xã Minh Tâm',
  'xã Thành Công', 'xã Cốc Pàng', 'xã Nam Tuấn', 'xã Hồng Việt', 'xã Phúc Sen', 'thị trấn Đông Khê', 'thị trấn Nước Hai',
  'thị trấn Trùng Khánh', 'thị trấn Pác Miầu', 'phường Hợp Giang', 'phường Đề Thám', 'phường Sông Hiến', 'phường Duyệt Trung',
];
const COMMUNES = ['Đức Long', 'Đàm Thủy', 'Đình Phong', 'Đức Hồng', 'Đoài Dương', 'Đại Tiến', 'Quang Trung', 'Lê Lợi',
  'Minh Tâm', 'Thành Công', 'Cốc Pàng', 'Nam Tuấn', 'Hồng Việt', 'Phúc Sen', 'Chí Viễn', 'Quốc Toản', 'Hưng Đạo'];
const HAMLETS = ['Nà Pàn', 'Khuổi Khon', 'Bản Giốc', 'Lũng Rịt', 'Nà Đoỏng', 'Pác Rằng', 'Bó Lếch', 'Đông Chò', 'Phia Đén', 'Nặm Đin'];

const ORGS = [
  'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ Việt Nam tỉnh', 'Hội Nông dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn',
  'Hội Cựu chiến binh tỉnh', 'Liên đoàn Lao động tỉnh', 'Ban Dân tộc tỉnh', 'Sở Nội vụ', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Công an tỉnh', 'Sở Nông nghiệp và Phát triển nông thôn', 'Văn phòng UBND tỉnh', 'Ban Tuyên giáo Tỉnh ủy',
];

const AUTHORS = [
  'Dương Liễu', 'Nông Thị Hạnh', 'Hoàng Văn Đức', 'Lương Thị Thu', 'Bế Văn Đông', 'Triệu Thị Mai', 'Lục Văn Thắng',
  'Đàm Thị Hoa', 'Nông Văn Định', 'Hà Thị Ngọc', 'Đinh Quang Huy', 'Lý Thị Đào', 'Hoàng Thị Diệp', 'Mã Văn Đạt',
  'Vi Thị Hương', 'Lâm Văn Tuấn', 'Sầm Thị Nhung', 'Chu Văn Đạo', 'Đoàn Thị Lan', 'Phùng Văn Đoàn', 'La Thị Yến',
  'Nguyễn Thị Đoan', 'Trần Minh Đức', 'Phạm Thị Hằng', 'Lê Văn Đông', 'Bàn Thị Sinh', 'Đặng Văn Khoa',
  'Vũ Thị Đông', 'Hoàng Anh Tú', 'Tô Thị Đào',
];

const TAGS = [
  'Dân vận khéo', 'Quy chế dân chủ', 'Nông thôn mới', 'Đại đoàn kết', 'Người có uy tín', 'Cải cách hành chính',
  'Tiếp công dân', 'Đối thoại', 'Biên giới', 'Bộ đội Biên phòng', 'An sinh xã hội', 'Giảm nghèo bền vững',
  'Nhà Đại đoàn kết', 'Xóa nhà tạm', 'Chuyển đổi số', 'Phụ nữ', 'Thanh niên', 'Nông dân', 'Cựu chiến binh',
  'Công đoàn', 'Mặt trận Tổ quốc', 'Giám sát', 'Phản biện xã hội', 'Tôn giáo', 'Tín ngưỡng', 'Dân tộc thiểu số',
  'Đồng bào Tày', 'Đồng bào Nùng', 'Đồng bào Mông', 'Đồng bào Dao', 'Lễ hội truyền thống', 'Văn hóa',
  'Giáo dục', 'Y tế', 'Nước sạch', 'Giao thông nông thôn', 'Hiến đất làm đường', 'OCOP', 'Khuyến nông',
  'Hợp tác xã', 'Du lịch cộng đồng', 'Thác Bản Giốc', 'Khen thưởng', 'Kỷ niệm chương', 'Xử lý vi phạm',
  'Đất đai', 'Môi trường', 'Phòng chống thiên tai', 'Quốc phòng - an ninh', 'An ninh trật tự', 'Học tập và làm theo Bác',
  'Nghị quyết', 'Đại hội', 'Cử tri', 'Hội đồng nhân dân', 'Tết Nguyên đán', 'Ngày hội Đại đoàn kết', 'Hè tình nguyện',
  'Sinh kế', 'Đào tạo nghề',
];

const SENTENCE_OPENERS = [
  'Thời gian qua,', 'Năm {year},', 'Trong năm {year},', 'Trong 6 tháng đầu năm,', 'Trong quý {q},', 'Theo báo cáo của {org},',
  'Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy,', 'Phát biểu tại hội nghị,', 'Bên cạnh đó,', 'Đặc biệt,', 'Qua đó,',
  'Tuy nhiên,', 'Từ đầu năm đến nay,', 'Với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”,',
  'Nhân dịp này,', 'Cùng với đó,', 'Ngoài ra,', 'Sau {n} năm triển khai,', 'Theo đồng chí Trưởng ban Dân vận,',
  'Tại buổi làm việc,', 'Trên cơ sở kết quả đạt được,', 'Từ thực tiễn ở cơ sở,', 'Trong bối cảnh còn nhiều khó khăn,',
  'Năm qua,', 'Hằng năm,', 'Ở nhiều địa phương,', 'Tại {place},', 'Trên địa bàn {place},', 'Trong đợt cao điểm,',
  'Với tinh thần trách nhiệm cao,',
];

const SUBJECTS = [
  'các cấp ủy, chính quyền', 'Ban Dân vận Huyện ủy {district}', 'Mặt trận Tổ quốc và các đoàn thể', 'đội ngũ cán bộ làm công tác dân vận',
  'Hội Nông dân huyện {district}', 'Đoàn Thanh niên xã {commune}', 'Hội Liên hiệp Phụ nữ huyện {district}', 'lực lượng Bộ đội Biên phòng',
  'UBND xã {commune}', 'Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở', 'các chi bộ thôn, xóm', 'người có uy tín trong đồng bào dân tộc thiểu số',
  'Hội Cựu chiến binh xã {commune}', 'Tổ dân vận xóm {hamlet}', 'các cơ quan, đơn vị trên địa bàn', '{org}', 'Nhân dân xóm {hamlet}',
  'chính quyền cơ sở', 'các hợp tác xã nông nghiệp', 'Ban Công tác Mặt trận xóm {hamlet}', 'Công an xã {commune}',
  'đội ngũ trưởng xóm, trưởng bản', 'cán bộ, đảng viên', 'các tổ chức tôn giáo', 'Bộ phận tiếp nhận và trả kết quả huyện {district}',
];

const PREDICATES = [
  'đã tổ chức {n} buổi tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'đã vận động Nhân dân hiến hơn {area} m² đất để mở rộng đường giao thông nông thôn',
  'tích cực triển khai phong trào thi đua “Dân vận khéo” gắn với nhiệm vụ chính trị của địa phương',
  'đã phối hợp tổ chức {n} cuộc đối thoại trực tiếp với Nhân dân',
  'thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân',
  'đã hỗ trợ xây dựng {small} nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo',
  'đã huy động gần {money} triệu đồng từ các nguồn xã hội hóa',
  'thực hiện tốt quy chế dân chủ ở cơ sở',
  'đã tiếp {n} lượt công dân đến kiến nghị, phản ánh',
  'giải quyết đúng hạn {pct}% hồ sơ thủ tục hành chính',
  'đã ra mắt {small} mô hình “Dân vận khéo” mới',
  'đã tổ chức thăm hỏi, tặng {n} suất quà cho gia đình chính sách',
  'phối hợp tuyên truyền pháp luật cho hơn {people} lượt người',
  'đã giúp Nhân dân làm mới {km} km đường bê tông',
  'chủ động nắm tình hình an ninh trật tự ở khu vực biên giới',
  'tập trung tháo gỡ khó khăn, vướng mắc trong giải phóng mặt bằng',
  'đã tổ chức {small} lớp tập huấn kỹ năng vận động quần chúng',
  'phát huy vai trò nòng cốt trong việc tập hợp, đoàn kết Nhân dân',
  'tích cực tham gia giám sát và phản biện xã hội',
  'đã hỗ trợ {small} hộ gia đình phát triển sinh kế bền vững',
  'đã vận động hội viên góp {n} ngày công xây dựng nhà văn hóa xóm',
  'tiếp tục đổi mới nội dung, phương thức hoạt động',
  'tăng cường đối thoại để giải quyết kịp thời các vấn đề bức xúc, nổi lên',
  'quan tâm chăm lo đời sống vật chất và tinh thần cho đồng bào',
  'triển khai hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'vận động đồng bào giữ gìn bản sắc văn hóa truyền thống',
  'đã trao {small} suất học bổng cho học sinh nghèo vượt khó',
  'đã chuyển giao kỹ thuật trồng thạch đen, lê Đông Khê cho {n} hộ dân',
  'làm tốt công tác hòa giải ở cơ sở với {pct}% vụ việc hòa giải thành',
  'thực hiện nghiêm việc tiếp nhận, xử lý phản ánh qua đường dây nóng',
];

const TAILS = [
  '.', '.', '.', ', góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội.', ', tạo sự đồng thuận cao trong Nhân dân.',
  ', được người dân đồng tình, hưởng ứng.', ' với sự tham gia của hơn {people} lượt người.', ', vượt {pct}% kế hoạch đề ra.',
  ', góp phần củng cố niềm tin của Nhân dân với Đảng, chính quyền.', ' trên địa bàn {place}.', ', nhất là ở vùng sâu, vùng xa.',
  ' theo đúng tinh thần Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.', ', đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
  ', qua đó nâng cao chất lượng cuộc sống của người dân.', ', bảo đảm công khai, minh bạch.', ' trong năm {year}.',
  ', đạt kết quả tích cực.', ', huy động được sức mạnh tổng hợp của cả hệ thống chính trị.',
];

const STANDALONE = [
  'Công tác dân vận của chính quyền các cấp tiếp tục đạt được nhiều kết quả tích cực.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng trên địa bàn toàn tỉnh.',
  '“Dân vận khéo thì việc gì cũng thành công”, đồng chí nhấn mạnh.',
  'Bên cạnh kết quả đạt được, công tác dân vận vẫn còn một số hạn chế cần khắc phục.',
  'Việc nắm bắt tình hình Nhân dân ở một số nơi có lúc chưa kịp thời.',
  'Người dân phấn khởi khi con đường mới được khánh thành ngay trước Tết Nguyên đán.',
  'Đến nay, tỷ lệ hộ nghèo toàn huyện {district} đã giảm còn {pct}%.',
  'Toàn tỉnh hiện có {n} người có uy tín trong đồng bào dân tộc thiểu số.',
  'Hội nghị đã biểu dương {small} tập thể và {n} cá nhân có thành tích xuất sắc.',
  'Đây là kết quả của quá trình kiên trì vận động, “mưa dầm thấm lâu” của cán bộ cơ sở.',
  'Theo ông {person}, trưởng xóm {hamlet}, bà con đã tự nguyện góp công, góp của làm đường.',
  'Bà {person}, hội viên Hội Phụ nữ xã {commune}, chia sẻ: “Được cán bộ hướng dẫn tận tình, gia đình tôi đã có thu nhập ổn định”.',
  'Năm {year}, xã {commune} được công nhận đạt chuẩn nông thôn mới.',
  'Các ý kiến, kiến nghị của cử tri đều được tiếp thu, giải trình đầy đủ.',
  'Đồng chí đề nghị các cấp, các ngành tiếp tục nâng cao nhận thức, trách nhiệm về công tác dân vận.',
  'Những con số trên cho thấy sự vào cuộc quyết liệt của cả hệ thống chính trị.',
  'Cán bộ, chiến sĩ đồn Biên phòng đã cùng bà con dựng lại {small} ngôi nhà bị hư hỏng do mưa lũ.',
  'Mỗi tháng, tổ dân vận xóm {hamlet} họp một lần để bàn việc chung của cộng đồng.',
  'Nhiều hộ gia đình đã chủ động tháo dỡ tường rào, hiến đất mà không đòi hỏi bồi thường.',
  'Từ chỗ còn e ngại, đến nay đồng bào đã mạnh dạn vay vốn, mở rộng sản xuất.',
  'Các lễ hội truyền thống được tổ chức trang trọng, an toàn, tiết kiệm.',
  'Chức sắc, chức việc và tín đồ các tôn giáo chấp hành tốt chủ trương, pháp luật.',
  'Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt {pct}%.',
  'Ủy ban MTTQ các cấp đã chủ trì {n} cuộc giám sát chuyên đề.',
  'Qua giám sát, đã kiến nghị cơ quan có thẩm quyền xem xét, giải quyết {small} vụ việc.',
  'Đời sống của đồng bào vùng cao từng bước được cải thiện rõ rệt.',
  'Đường điện, đường nước sạch đã về đến tận các xóm vùng cao.',
  'Đoàn công tác đã trao tặng {n} suất quà, mỗi suất trị giá {money} nghìn đồng.',
  'Hội nghị cũng chỉ ra một số khó khăn về nguồn lực và đội ngũ cán bộ ở cơ sở.',
  'Đồng chí {person} khẳng định sẽ tiếp thu đầy đủ các ý kiến góp ý.',
  'Phong trào đã lan tỏa sâu rộng trong các tầng lớp Nhân dân.',
  'Nhiều sáng kiến của người dân đã được chính quyền ghi nhận và áp dụng.',
  'Kết thúc hội nghị, các đại biểu thống nhất thông qua chương trình công tác năm {nextYear}.',
  'Trước đó, đoàn đã khảo sát thực tế tại {small} hộ gia đình ở xóm {hamlet}.',
  'Hành vi vi phạm đã bị xử phạt hành chính {fine} triệu đồng theo quy định.',
  'Tập thể và cá nhân được khen thưởng đều là những điển hình tiêu biểu ở cơ sở.',
];

const HEADINGS = [
  'Kết quả nổi bật', 'Những khó khăn, hạn chế', 'Nhiệm vụ trọng tâm năm {nextYear}', 'Phát huy vai trò của người có uy tín',
  'Lắng nghe ý kiến Nhân dân', 'Đổi mới phương thức tuyên truyền', 'Những cách làm sáng tạo', 'Chung tay vì cộng đồng',
  'Từ chủ trương đến hành động', 'Niềm tin của người dân', 'Bài học kinh nghiệm', 'Giải pháp trong thời gian tới',
  'Đổi thay ở vùng biên', 'Nhân rộng mô hình hay', 'Sự vào cuộc của cả hệ thống chính trị', 'Kiến nghị, đề xuất',
  'Đồng thuận từ cơ sở', 'Chăm lo đời sống đồng bào', 'Khơi dậy nội lực', 'Gắn bó máu thịt với Nhân dân',
  'Quyết tâm hoàn thành chỉ tiêu', 'Đánh giá chung', 'Ý kiến của đại biểu', 'Phát biểu chỉ đạo',
];

const LIST_INTROS = [
  'Một số nhiệm vụ trọng tâm được đề ra:', 'Hội nghị thống nhất các giải pháp sau:', 'Các kết quả chính gồm:',
  'Những việc cần làm ngay:', 'Người dân được hướng dẫn:',
];
const LIST_ITEMS = [
  'Tăng cường nắm bắt tình hình Nhân dân, nhất là ở địa bàn trọng điểm', 'Nâng cao chất lượng tiếp công dân, đối thoại với Nhân dân',
  'Đẩy mạnh phong trào thi đua “Dân vận khéo”', 'Thực hiện tốt quy chế dân chủ ở cơ sở', 'Kiện toàn đội ngũ cán bộ làm công tác dân vận',
  'Phát huy vai trò của người có uy tín trong cộng đồng', 'Tuyên truyền, vận động Nhân dân chấp hành pháp luật',
  'Hỗ trợ hộ nghèo phát triển sinh kế bền vững', 'Xây dựng, nhân rộng các mô hình tự quản ở khu dân cư',
  'Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính', 'Chăm lo đời sống đồng bào vùng sâu, vùng xa',
  'Giữ gìn, phát huy bản sắc văn hóa các dân tộc', 'Tăng cường giám sát, phản biện xã hội', 'Bảo đảm an ninh trật tự khu vực biên giới',
  'Vận động Nhân dân hiến đất, góp công làm đường', 'Khen thưởng kịp thời các điển hình tiên tiến',
];

const TABLE_HEADS = [
  ['Đơn vị', 'Số buổi', 'Lượt người tham dự'],
  ['Địa phương', 'Số mô hình', 'Số hộ hưởng lợi'],
  ['Nội dung', 'Kế hoạch', 'Thực hiện'],
];

const LINK_TARGETS = [
  ['Cổng thông tin điện tử minh họa của tỉnh', 'https://cong-thong-tin.example.com/tin-tuc/'],
  ['cơ sở dữ liệu văn bản (minh họa)', 'https://van-ban.example.org/van-ban/'],
  ['trang của Ủy ban MTTQ tỉnh (minh họa)', 'https://mat-tran.example.net/hoat-dong/'],
];

// Recurring notices: each series keeps its title exactly, week after week.
const NOTICES = [
  { title: 'Lịch công tác tuần của Thường trực Tỉnh ủy', category: 'tin-hoat-dong' },
  { title: 'Thông báo kết luận giao ban', category: 'tin-hoat-dong' },
  { title: 'Lịch công tác tuần của Ban Dân vận Tỉnh ủy', category: 'tin-hoat-dong' },
  { title: 'Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh', category: 'dan-van-chinh-quyen' },
];
const NOTICE_BLOCK = 50; // two notices in every full block of 50 articles: 1 in 25
const WEEK_MINUTES = 7 * 24 * 60;

// ───────────────────────────── composition ─────────────────────────────

function fillSlots(rng, template, ctx) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'year': return String(ctx.year);
      case 'nextYear': return String(ctx.year + 1);
      case 'q': return pick(rng, ['I', 'II', 'III', 'IV']);
      case 'org': return pick(rng, ORGS);
      case 'place': return pick(rng, PLACES);
      case 'district': return pick(rng, DISTRICTS);
      case 'commune': return pick(rng, COMMUNES);
      case 'hamlet': return pick(rng, HAMLETS);
      case 'person': return pick(rng, AUTHORS);
      case 'n': return String(int(rng, 3, 250));
      case 'small': return String(int(rng, 2, 30));
      case 'area': return formatThousands(int(rng, 2, 90) * 100);
      case 'money': return formatThousands(int(rng, 5, 2500));
      case 'fine': return String(int(rng, 2, 95));
      case 'people': return formatThousands(int(rng, 1, 60) * 1000 + int(rng, 0, 9) * 100);
      case 'km': return `${int(rng, 1, 40)},${int(rng, 1, 9)}`;
      case 'pct': return `${int(rng, 60, 99)},${int(rng, 0, 9)}`;
      default: throw new Error(`unknown slot {${key}}`);
    }
  });
}

/** Vietnamese grouping: 12.500 */
function formatThousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const capitalise = (s) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function makeSentence(rng, ctx) {
  const r = rng();
  if (r < 0.2) return fillSlots(rng, pick(rng, STANDALONE), ctx);
  const body = `${fillSlots(rng, pick(rng, SUBJECTS), ctx)} ${fillSlots(rng, pick(rng, PREDICATES), ctx)}${fillSlots(rng, pick(rng, TAILS), ctx)}`;
  return r < 0.65 ? `${fillSlots(rng, pick(rng, SENTENCE_OPENERS), ctx)} ${body}` : capitalise(body);
}

const countWords = (text) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Groups sentences into paragraphs of 2–5 sentences, at least `min` paragraphs. */
function splitParagraphs(rng, sentences, min) {
  const paragraphs = [];
  for (let k = 0; k < sentences.length; ) {
    const n = int(rng, 2, 5);
    paragraphs.push(sentences.slice(k, k + n).join(' '));
    k += n;
  }
  if (paragraphs.length >= min) return paragraphs;
  const even = [];
  for (let p = 0; p < min; p++) {
    even.push(sentences.slice(Math.floor((p * sentences.length) / min), Math.floor(((p + 1) * sentences.length) / min)).join(' '));
  }
  return even;
}

function makeList(rng) {
  const items = sample(rng, LIST_ITEMS, int(rng, 3, 5));
  return `${pick(rng, LIST_INTROS)}\n\n${items.map((item) => `- ${item}.`).join('\n')}`;
}

function makeTable(rng) {
  const head = pick(rng, TABLE_HEADS);
  const rows = sample(rng, PLACES, int(rng, 3, 4)).map((place) => [capitalise(place), String(int(rng, 2, 60)), formatThousands(int(rng, 40, 9000))]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), '| --- | ---: | ---: |', ...rows.map(line)].join('\n');
}

function makeLinkSentence(rng, index) {
  const [label, base] = pick(rng, LINK_TARGETS);
  return `Thông tin chi tiết được đăng tải trên [${label}](${base}${1000 + index}.html).`;
}

/** Returns the Markdown body (without front matter) and its word count. */
function makeBody(rng, ctx, index) {
  const target = int(rng, 300, 700);
  const headingCount = int(rng, 2, 4);
  const headings = sample(rng, HEADINGS, headingCount).map((h) => fillSlots(rng, h, ctx));
  const extras = [];
  if (rng() < 0.35) extras.push('list');
  if (rng() < 0.05) extras.push('table');
  if (rng() < 0.1) extras.push('link');

  // Budget the prose so that headings and extras still land the total in 300–700 words.
  const blocks = { list: extras.includes('list') ? makeList(rng) : null, table: extras.includes('table') ? makeTable(rng) : null };
  let fixedWords = headings.reduce((sum, h) => sum + countWords(h), 0);
  for (const b of Object.values(blocks)) if (b) fixedWords += countWords(b);
  const cap = extras.includes('link') ? 680 : 695; // the link sentence adds about 15 words
  const sentences = [];
  let words = fixedWords;
  while (words < target) {
    const sentence = makeSentence(rng, ctx);
    const w = countWords(sentence);
    if (words + w > cap && sentences.length > headingCount) break;
    sentences.push(sentence);
    words += w;
  }
  const paragraphs = splitParagraphs(rng, sentences, headingCount + 1);
  if (extras.includes('link')) {
    const k = int(rng, 0, paragraphs.length - 1);
    const link = makeLinkSentence(rng, index);
    paragraphs[k] = `${paragraphs[k]} ${link}`;
    words += countWords(link);
  }

  // Sections: an intro of 1–2 paragraphs, then the headings share the rest evenly.
  const intro = Math.min(int(rng, 1, 2), paragraphs.length - headingCount);
  const out = paragraphs.slice(0, intro);
  const rest = paragraphs.slice(intro);
  const listAt = int(rng, 0, headingCount - 1);
  const tableAt = int(rng, 0, headingCount - 1);
  for (let h = 0; h < headingCount; h++) {
    const from = Math.floor((h * rest.length) / headingCount);
    const to = Math.floor(((h + 1) * rest.length) / headingCount);
    out.push(`## ${headings[h]}`);
    out.push(...rest.slice(from, to));
    if (blocks.list && h === listAt) out.push(blocks.list);
    if (blocks.table && h === tableAt) out.push(blocks.table);
  }
  return { markdown: `${out.join('\n\n')}\n`, words };
}

// ───────────────────────────── slugs, dates, YAML ─────────────────────────────

function slugify(text) {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FIRST_MINUTE = Date.UTC(2015, 0, 1, 0, 0) / 60000;
const LAST_MINUTE = Date.UTC(2024, 11, 31, 23, 59) / 60000;

/** Slot i of N equal slices of 2015-01-01T00:00..2024-12-31T23:59: distinct minutes, spread evenly. */
function dateFor(rng, index, count) {
  const span = LAST_MINUTE - FIRST_MINUTE + 1;
  const lo = Math.floor((index * span) / count);
  const hi = Math.floor(((index + 1) * span) / count) - 1;
  const minute = FIRST_MINUTE + lo + Math.floor(rng() * (hi - lo + 1));
  const d = new Date(minute * 60000);
  const p2 = (n) => String(n).padStart(2, '0');
  return {
    iso: `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`,
    year: d.getUTCFullYear(),
  };
}

/** A JSON string is a valid YAML double-quoted scalar. */
const q = (s) => JSON.stringify(s);

/**
 * Index → notice series, for the articles that are recurring notices. Its own PRNG streams (one per
 * block), so every other article is byte for byte what it was before notices existed.
 */
function planNotices(seed, count) {
  const plan = new Map();
  const slotMinutes = (LAST_MINUTE - FIRST_MINUTE + 1) / count;
  // The pair's distance in articles: about a week of dates at this count, within the block.
  const gap = Math.min(NOTICE_BLOCK / 2 - 1, Math.max(1, Math.round(WEEK_MINUTES / slotMinutes)));
  const month = (i) => dateFor(rngFor(seed, i), i, count).iso.slice(0, 7); // the article's own first draw
  const room = NOTICE_BLOCK - gap;
  for (let block = 0; (block + 1) * NOTICE_BLOCK <= count; block++) {
    const rng = rngFor(seed ^ 0x4e6f7469, block);
    const notice = pick(rng, NOTICES);
    const first = int(rng, 0, room - 1);
    // From a random start, the first position whose partner falls in the same month (the title must repeat within it).
    let at = block * NOTICE_BLOCK + first;
    for (let k = 0; k < room; k++) {
      const i = block * NOTICE_BLOCK + ((first + k) % room);
      if (month(i) === month(i + gap)) {
        at = i;
        break;
      }
    }
    plan.set(at, notice);
    plan.set(at + gap, notice);
  }
  return plan;
}

function makeArticle(seed, index, count, notice) {
  const rng = rngFor(seed, index);
  const date = dateFor(rng, index, count);
  const ctx = { year: date.year };
  // Round-robin-ish: mostly the next category in turn, sometimes a random one.
  const drawn = rng() < 0.75 ? CATEGORIES[index % CATEGORIES.length] : pick(rng, CATEGORIES);
  const category = notice ? CATEGORIES.find((c) => c.slug === notice.category) : drawn;
  const topic = pick(rng, drawn.topics);
  const place = pick(rng, PLACES);
  // The number first: slugs are capped at about 80 characters, and two titles that differ only past it collide.
  const where = rng() < 0.5 ? 'tại' : 'ở';
  const title = (notice ? notice.title : `Tin số ${index + 1}: ${topic} ${where} ${place} năm ${date.year}`).normalize('NFC');
  // A notice's title repeats: its file name gets the date (the caller adds the time if that day is taken).
  const slug = notice ? `${slugify(title)}-${date.iso.slice(0, 10)}` : slugify(title);
  const tags = sample(rng, TAGS, int(rng, 1, 4));
  const author = pick(rng, AUTHORS);
  const summary = makeSentence(rng, ctx);
  const views = rng() < 0.5 ? 20 + Math.floor(rng() ** 2 * 15000) : null;
  const body = makeBody(rng, ctx, index);

  const lines = ['---', `title: ${q(title)}`, `date: ${q(date.iso)}`, `category: ${category.slug}`, 'tags:'];
  for (const tag of tags) lines.push(`  - ${q(tag)}`);
  lines.push(`author: ${q(author)}`, `summary: ${q(summary)}`);
  if (views !== null) lines.push(`views: ${views}`);
  lines.push('---', '');
  return { slug, time: date.iso.slice(11).replace(':', ''), text: `${lines.join('\n')}\n${body.markdown}`.normalize('NFC'), words: body.words };
}

function makeConfig() {
  const lines = [
    '# Trang thử tải do scripts/generate-articles.mjs sinh ra. Đây là trang MINH HỌA, không phải cổng thông tin chính thức.',
    'title: Cổng thông tin thử tải baotinh',
    'description: Trang minh họa có nội dung tự sinh, dùng để đo hiệu năng của baotinh.',
    'demo: true',
    'baseUrl: https://bench.example.vn',
    'basePath: /',
    'locale: vi-VN',
    'timeZone: Asia/Ho_Chi_Minh',
    'permalink: /tin-tuc/{yyyy}/{mm}/{slug}/',
    'pageSize: 20',
    'latestCount: 6',
    'relatedCount: 5',
    'homeLatestCount: 6',
    'homeCategoryCount: 4',
    '',
    'categories:',
  ];
  for (const c of CATEGORIES) {
    lines.push(`  - slug: ${c.slug}`, `    name: ${q(c.name)}`, `    description: ${q(c.description)}`);
  }
  lines.push('', 'menu:', '  - label: Trang chủ', '    url: /');
  for (const c of CATEGORIES) lines.push(`  - category: ${c.slug}`);
  lines.push(
    '',
    'contact:',
    '  organisation: Cổng thông tin thử tải baotinh (trang minh họa)',
    '  address: Số 1 đường Minh Họa, phường Hợp Giang, thành phố Cao Bằng, tỉnh Cao Bằng',
    '  phone: 0206 3 000 000',
    '  email: banbientap@bench.example.vn',
    '  licence: "Giấy phép minh họa số 00/GP-TTĐT, không có giá trị pháp lý."',
    '  responsible: "Chịu trách nhiệm chính: Trưởng ban Biên tập (minh họa)"',
    '',
  );
  return lines.join('\n');
}

// ───────────────────────────── main ─────────────────────────────

const started = process.hrtime.bigint();
const { count, out, seed } = parseArgs(process.argv.slice(2));
const span = LAST_MINUTE - FIRST_MINUTE + 1;
if (count > span) fail(`--count ${count} exceeds the ${span} distinct minutes between 2015 and 2024`);

const root = resolve(out);
const contentDir = join(root, 'content');
const articleDir = join(contentDir, 'bai-viet');
rmSync(contentDir, { recursive: true, force: true });
mkdirSync(articleDir, { recursive: true });
writeFileSync(join(root, 'baotinh.config.yaml'), makeConfig());

const notices = planNotices(seed, count);
const seen = new Set();
let bytes = 0;
let words = 0;
for (let i = 0; i < count; i++) {
  const notice = notices.get(i);
  const article = makeArticle(seed, i, count, notice);
  // Two notices of one series on one day: the time (distinct for every article) keeps the names apart.
  if (notice && seen.has(article.slug)) article.slug = `${article.slug}-${article.time}`;
  if (seen.has(article.slug)) throw new Error(`internal: duplicate slug ${article.slug}`);
  seen.add(article.slug);
  const data = Buffer.from(article.text, 'utf8');
  writeFileSync(join(articleDir, `${article.slug}.md`), data);
  bytes += data.length;
  words += article.words;
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `generate-articles: ${count} articles (${notices.size} recurring notices; seed ${seed}, ~${Math.round(words / count)} words each, ${(bytes / 1048576).toFixed(1)} MiB) ` +
    `→ ${join(out, 'content', 'bai-viet')} in ${seconds.toFixed(2)} s\n`,
);
