// The relevance queries for the search fixture corpus (scripts/search-corpus.mjs): what a reader of
// a provincial portal types, and the article that must come back in the top 3. Shared by the
// relevance test (test/integration/search-relevance.test.ts) and the benchmark (scripts/bench-search.mjs),
// together with how a run is scored (recall@3, MRR), so both report the same numbers.
//
// A query: { query, expected (content path), class, options? (baotinh's search options, e.g. prefix),
// above? (content paths the expected article must rank above), excluded? (content paths that must not
// be among the results at all: what quotes are for), designed? (false: the engine is not built to
// answer it; reported, not asserted), note? }.
// Plain Node ESM so the benchmark can import it; types in search-queries.d.mts.

/** What each class tests, for the report. */
export const QUERY_CLASSES = {
  plain: 'typed without diacritics',
  marks: 'typed with diacritics',
  case: 'any mix of upper and lower case',
  'd-stroke': 'đ/Đ typed as d',
  abbreviation: 'all-caps abbreviations (HĐND, UBND, MTTQ)',
  quoted: 'quoted phrase: the words side by side',
  prefix: 'last word still being typed',
  tone: 'old (hoà, thuỷ, uỷ) against new (hòa, thủy, ủy) tone placement',
  'exact-marks': 'typed with marks: that exact word first (đường, dương, đương)',
  title: 'headline match above body match',
  number: 'numbers (years, counts)',
  misspelling: 'one letter off',
};

const P = (category, slug) => `content/${category}/${slug}.md`;
const A = {
  dangUyKhoi: P('tin-hoat-dong', 'dang-uy-khoi-tong-ket-cong-tac-dan-van'),
  dangUyDucLong: P('dan-van-chinh-quyen', 'dang-uy-xa-duc-long-doi-thoai-thanh-nien'),
  doanTheHaLang: P('mat-tran-doan-the', 'cac-doan-the-ha-lang-giup-ho-ngheo-dung-nha'),
  duongBeTong: P('nong-thon-moi', 'khanh-thanh-tuyen-duong-be-tong-trung-khanh'),
  tuyenDuong: P('khen-thuong-xu-phat', 'hoa-an-tuyen-duong-guong-dien-hinh-tien-tien'),
  damDuong: P('dan-van-kheo', 'cuu-chien-binh-dam-duong-viec-xom'),
  hienDat: P('dan-van-kheo', 'truong-xom-na-pan-van-dong-hien-dat-lam-duong'),
  hdnd: P('dan-van-chinh-quyen', 'hdnd-tinh-giam-sat-giai-quyet-kien-nghi-cu-tri'),
  ubndBaoLam: P('dan-van-chinh-quyen', 'ubnd-bao-lam-doi-thoai-giai-phong-mat-bang'),
  mttq: P('mat-tran-doan-the', 'uy-ban-mttq-tinh-giam-sat-bao-hiem-y-te'),
  hoaGiai: P('tin-hoat-dong', 'to-hoa-giai-xom-na-pan'),
  thuyLoi: P('nong-thon-moi', 'nang-cap-cong-trinh-thuy-loi-khuoi-khon'),
  uyBanKiemTra: P('tin-hoat-dong', 'uy-ban-kiem-tra-huyen-uy-ha-quang-kiem-tra-quy-che-dan-chu'),
  damThuy: P('nong-thon-moi', 'xa-dam-thuy-giu-gin-canh-quan-thac-ban-gioc'),
  quangHoa: P('dan-van-kheo', 'quang-hoa-ra-mat-to-dan-van-vung-bien'),
  dvkBaoLac: P('dan-van-kheo', 'dan-van-kheo-giup-dong-bao-mong-bao-lac-thoat-ngheo'),
  kheoLeoBaoLac: P('tin-hoat-dong', 'bao-lac-kheo-leo-trong-cong-tac-dan-van-vung-cao'),
  dvkHaLang: P('dan-van-kheo', 'ha-lang-tong-ket-5-nam-phong-trao-dan-van-kheo'),
  dvkTrungKhanh: P('nong-thon-moi', 'dan-van-kheo-trong-xay-dung-nong-thon-moi-trung-khanh'),
  dvkNguyenBinh: P('dan-van-kheo', 'nu-truong-xom-dan-van-kheo-o-nguyen-binh'),
  nhiemVu2023: P('tin-hoat-dong', 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2023'),
  nhiemVu2024: P('tin-hoat-dong', 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2024'),
  nhiemVu2022: P('tin-hoat-dong', 'ban-dan-van-tinh-uy-trien-khai-nhiem-vu-nam-2022'),
  longTong: P('cong-tac-dan-toc', 'bao-ton-le-hoi-long-tong-cua-dong-bao-tay'),
  xuanBanTay: P('cong-tac-dan-toc', 'xuan-ve-tren-ban-tay-o-ha-quang'),
  nuocSach: P('nong-thon-moi', 'dua-nuoc-sach-ve-xom-lung-rit'),
  sachNguonNuoc: P('nong-thon-moi', 'giu-sach-nguon-nuoc-dau-nguon-o-bao-lam'),
  chuyenDoiSo: P('dan-van-chinh-quyen', 'chuyen-doi-so-o-bo-phan-mot-cua-thach-an'),
  caiCachThachAn: P('dan-van-chinh-quyen', 'thach-an-day-manh-cai-cach-hanh-chinh'),
  nghiepVu: P('tin-hoat-dong', 'tap-huan-nghiep-vu-cong-tac-dan-van-cho-can-bo-co-so'),
  thachDen: P('dan-van-kheo', 'hoi-nong-dan-huong-dan-trong-thach-den'),
  tiepCongDan: P('dan-van-chinh-quyen', 'chu-tich-ubnd-tinh-tiep-cong-dan-dinh-ky-thang-9'),
  ngayHoiPacRang: P('mat-tran-doan-the', 'ngay-hoi-dai-doan-ket-o-xom-pac-rang'),
  nhaDaiDoanKet: P('mat-tran-doan-the', 'trao-15-nha-dai-doan-ket-cho-ho-ngheo-ha-quang'),
  donSocGiang: P('cong-tac-dan-toc', 'don-bien-phong-soc-giang-giup-dan-dung-lai-nha'),
  nongDanHoaAn: P('mat-tran-doan-the', 'hoi-nong-dan-hoa-an-giup-hoi-vien-tiep-can-von-vay'),
  giaoBanQuyIII: P('tin-hoat-dong', 'giao-ban-cong-tac-dan-van-quy-iii-nam-2023'),
  nguoiCoUyTin: P('cong-tac-dan-toc', 'nguoi-co-uy-tin-gop-suc-giu-binh-yen-vung-bien'),
  dongBaoDao: P('cong-tac-dan-toc', 'dong-bao-dao-nguyen-binh-giu-nghe-det-truyen-thong'),
  hopTacXaChe: P('nong-thon-moi', 'hop-tac-xa-che-khuoi-mi'),
};

/** The content paths the queries name (for the test's check that each exists in the corpus). */
export const NAMED_ARTICLES = A;

export const SEARCH_QUERIES = [
  // Typed without diacritics: the usual case on a phone without a Vietnamese keyboard.
  { query: 'dan van kheo bao lac', expected: A.dvkBaoLac, class: 'plain' },
  { query: 'hien dat lam duong na pan', expected: A.hienDat, class: 'plain' },
  { query: 'nong thi hanh', expected: A.dvkNguyenBinh, class: 'plain', note: 'a name that is only in the lead and the body' },
  { query: 'thuy loi khuoi khon', expected: A.thuyLoi, class: 'plain' },
  { query: 'trao nha dai doan ket ha quang', expected: A.nhaDaiDoanKet, class: 'plain' },
  { query: 'hop tac xa che ocop', expected: A.hopTacXaChe, class: 'plain' },
  // Typed with diacritics.
  { query: 'Dân vận khéo Hạ Lang', expected: A.dvkHaLang, class: 'marks' },
  { query: 'Khánh thành đường bê tông Trùng Khánh', expected: A.duongBeTong, class: 'marks' },
  { query: 'người có uy tín vùng biên', expected: A.nguoiCoUyTin, class: 'marks' },
  { query: 'Đồng bào Dao nghề dệt', expected: A.dongBaoDao, class: 'marks' },
  { query: 'giải phóng mặt bằng Bảo Lâm', expected: A.ubndBaoLam, class: 'marks' },
  // Any case.
  { query: 'DÂN VẬN KHÉO TRÙNG KHÁNH', expected: A.dvkTrungKhanh, class: 'case' },
  { query: 'Hđnd Tỉnh Giám Sát', expected: A.hdnd, class: 'case' },
  { query: 'ĐẢNG ỦY KHỐI', expected: A.dangUyKhoi, class: 'case' },
  { query: 'Dan Van Kheo Nguyen Binh', expected: A.dvkNguyenBinh, class: 'case' },
  // đ typed as d.
  { query: 'dang uy khoi', expected: A.dangUyKhoi, class: 'd-stroke' },
  { query: 'dang uy duc long', expected: A.dangUyDucLong, class: 'd-stroke' },
  { query: 'doan the ha lang', expected: A.doanTheHaLang, class: 'd-stroke' },
  { query: 'dai doan ket pac rang', expected: A.ngayHoiPacRang, class: 'd-stroke' },
  { query: 'don bien phong soc giang', expected: A.donSocGiang, class: 'd-stroke' },
  // Abbreviations, typed as a reader does: lower case, without the Đ.
  { query: 'hdnd giam sat', expected: A.hdnd, class: 'abbreviation' },
  { query: 'ubnd bao lam', expected: A.ubndBaoLam, class: 'abbreviation' },
  { query: 'mttq bao hiem y te', expected: A.mttq, class: 'abbreviation' },
  { query: 'UBND tiếp công dân', expected: A.tiepCongDan, class: 'abbreviation' },
  { query: 'HĐND cử tri', expected: A.hdnd, class: 'abbreviation' },
  // Quoted phrases: the article with the words apart must not come back at all.
  { query: '"dân vận khéo" Bảo Lạc', expected: A.dvkBaoLac, class: 'quoted', excluded: [A.kheoLeoBaoLac] },
  { query: '"nước sạch"', expected: A.nuocSach, class: 'quoted', excluded: [A.sachNguonNuoc] },
  { query: '"hien dat lam duong"', expected: A.hienDat, class: 'quoted' },
  { query: '"khéo léo" dân vận', expected: A.kheoLeoBaoLac, class: 'quoted' },
  // Still typing: the last word is the start of one.
  { query: 'hien dat lam duo', expected: A.hienDat, class: 'prefix', options: { prefix: true } },
  { query: 'khuoi kh', expected: A.thuyLoi, class: 'prefix', options: { prefix: true } },
  { query: 'chuyen doi s', expected: A.chuyenDoiSo, class: 'prefix', options: { prefix: true } },
  { query: 'thach d', expected: A.thachDen, class: 'prefix', options: { prefix: true } },
  { query: 'hdn', expected: A.hdnd, class: 'prefix', options: { prefix: true } },
  { query: 'ngày hội đại đoàn k', expected: A.ngayHoiPacRang, class: 'prefix', options: { prefix: true } },
  // Tone placement, both ways: the text and the query use different conventions.
  { query: 'hòa giải Nà Pàn', expected: A.hoaGiai, class: 'tone', note: 'new query, old text (hoà)' },
  { query: 'thuỷ lợi Khuổi Khon', expected: A.thuyLoi, class: 'tone', note: 'old query, new text (thủy)' },
  { query: 'Ủy ban Kiểm tra Huyện ủy Hà Quảng', expected: A.uyBanKiemTra, class: 'tone', note: 'new query, old text (uỷ)' },
  { query: 'Đàm Thủy Bản Giốc', expected: A.damThuy, class: 'tone', note: 'new query, old text (Thuỷ)' },
  { query: 'Quảng Hoà tổ dân vận', expected: A.quangHoa, class: 'tone', note: 'old query, new text (Hòa)' },
  { query: 'Hội Nông dân Hòa An vốn vay', expected: A.nongDanHoaAn, class: 'tone', note: 'new query, old text (Hoà)' },
  { query: 'đảng uỷ khối', expected: A.dangUyKhoi, class: 'tone', note: 'old query, new text (ủy)' },
  // Typed with marks: the article with exactly those marks before the ones with other marks.
  { query: 'đường', expected: A.duongBeTong, class: 'exact-marks', above: [A.tuyenDuong, A.damDuong] },
  { query: 'dương', expected: A.tuyenDuong, class: 'exact-marks', above: [A.duongBeTong, A.damDuong, A.hienDat] },
  { query: 'đương', expected: A.damDuong, class: 'exact-marks', above: [A.duongBeTong, A.tuyenDuong, A.hienDat] },
  { query: 'tuyên dương', expected: A.tuyenDuong, class: 'exact-marks', above: [A.duongBeTong], note: 'folds to the same pair as "tuyến đường"' },
  { query: 'tuyến đường', expected: A.duongBeTong, class: 'exact-marks', above: [A.tuyenDuong] },
  // A headline match above a (newer) article with the words only in its text.
  { query: 'le hoi long tong', expected: A.longTong, class: 'title', above: [A.xuanBanTay] },
  { query: 'nước sạch', expected: A.nuocSach, class: 'title' },
  { query: 'chuyen doi so', expected: A.chuyenDoiSo, class: 'title', above: [A.caiCachThachAn, A.nhiemVu2024] },
  // Numbers: the year decides between otherwise identical headlines.
  { query: 'trien khai nhiem vu nam 2023', expected: A.nhiemVu2023, class: 'number', above: [A.nhiemVu2024, A.giaoBanQuyIII] },
  { query: 'nhiệm vụ năm 2024', expected: A.nhiemVu2024, class: 'number', above: [A.nhiemVu2023] },
  { query: 'triển khai nhiệm vụ 2022', expected: A.nhiemVu2022, class: 'number' },
  { query: '15 nhà đại đoàn kết', expected: A.nhaDaiDoanKet, class: 'number' },
  { query: 'giao ban quý III năm 2023', expected: A.giaoBanQuyIII, class: 'number' },
  { query: 'tiếp công dân tháng 9', expected: A.tiepCongDan, class: 'number' },
  // One letter off.
  { query: 'ngiệp vụ dân vận', expected: A.nghiepVu, class: 'misspelling', note: 'ng for ngh, a common spelling slip' },
  { query: 'thach dden', expected: A.thachDen, class: 'misspelling', note: 'Telex "dd" left in when the input method is off' },
  { query: 'giai phog mat bang', expected: A.ubndBaoLam, class: 'misspelling', note: 'a dropped n' },
  { query: 'nguyen bihn truong xom', expected: A.dvkNguyenBinh, class: 'misspelling', note: 'two letters swapped (one edit: the engine counts a swap as one)' },
];

/** 1-based rank of `url` in `urls`, or 0 when it is not there. */
export function rankIn(urls, url) {
  return urls.indexOf(url) + 1;
}

/**
 * Scores one query's result list (site addresses, best first; all of them, or at least the first page)
 * against its expectations. `urlOf` maps a content path to an address.
 * Returns { rank, top3, reciprocal, passed, problems }: passed = in the top 3, above what it must be
 * above, and nothing excluded anywhere in the list.
 */
export function judge(spec, urls, urlOf) {
  const expected = urlOf(spec.expected);
  const rank = rankIn(urls, expected);
  const problems = [];
  if (rank === 0) problems.push('not found');
  else if (rank > 3) problems.push(`rank ${rank}`);
  for (const other of spec.above ?? []) {
    const r = rankIn(urls, urlOf(other));
    if (r !== 0 && (rank === 0 || r < rank)) problems.push(`${other} ranks ${r}, above it`);
  }
  for (const other of spec.excluded ?? []) {
    const r = rankIn(urls, urlOf(other));
    if (r !== 0) problems.push(`${other} is in the results (rank ${r}) though the phrase is not in it`);
  }
  return { rank, top3: rank >= 1 && rank <= 3, reciprocal: rank ? 1 / rank : 0, passed: problems.length === 0, problems };
}

/** recall@3 and MRR over judged queries, overall and per class. `judged`: [{ spec, verdict }]. */
export function summarise(judged) {
  const of = (list) => ({
    queries: list.length,
    recallAt3: list.length ? list.filter((j) => j.verdict.top3).length / list.length : 0,
    mrr: list.length ? list.reduce((s, j) => s + j.verdict.reciprocal, 0) / list.length : 0,
    passed: list.filter((j) => j.verdict.passed).length,
  });
  const classes = {};
  for (const name of Object.keys(QUERY_CLASSES)) classes[name] = of(judged.filter((j) => j.spec.class === name));
  return { ...of(judged), classes };
}
