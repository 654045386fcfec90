// The texts of `baotinh --help` and `baotinh <command> --help`, Vietnamese and English.
import type { Lang } from '../messages.js';
import type { CommandName } from './command-line.js';

export const HELP: Record<Lang, Record<'main' | CommandName, string>> = {
  vi: {
    main: `baotinh: dựng trang tin tĩnh cho cổng thông tin điện tử.

Cách dùng: baotinh <lệnh> [tùy chọn]

Lệnh:
  dev       Xem trước trang khi viết: tự dựng lại và tải lại trang mỗi khi lưu tệp
  build     Dựng toàn bộ trang vào thư mục đầu ra (mặc định dist/)
  new       Tạo một bài viết mới: baotinh new "Tiêu đề bài viết" --category <slug>
  init      Tạo một trang mới, chạy được ngay: baotinh init <thư mục>
  convert   Chuyển bài gõ bằng bảng mã cũ TCVN3, VNI sang Unicode: baotinh convert content

Tùy chọn chung:
  --lang vi|en   Ngôn ngữ thông báo (mặc định: vi)
  -h, --help     Trợ giúp (baotinh build --help cho từng lệnh)
  -v, --version  Phiên bản`,
    build: `Cách dùng: baotinh build [tùy chọn]

Dựng trang từ baotinh.config.yaml và content/ vào thư mục đầu ra. Chỉ dựng lại những trang
có thay đổi (kết quả luôn giống hệt một bản dựng sạch). Trang cũ chỉ được thay khi bản dựng
mới hoàn tất; có lỗi thì thư mục đầu ra giữ nguyên.

Tùy chọn:
  --root <thư mục>      Thư mục của trang (mặc định: thư mục hiện tại)
  --out <thư mục>       Thư mục đầu ra (mặc định: folders.output trong cấu hình, thường là dist)
  --base-path </đường/> Đường dẫn con khi đăng dưới một thư mục, ví dụ /portal/
  --base-url <url>      Tên miền, ví dụ https://danvan.example.vn (ghi đè baseUrl)
  --drafts              Dựng cả bài nháp (draft: true)
  --future              Dựng cả bài hẹn giờ đăng trong tương lai
  --clean               Dựng lại từ đầu, bỏ qua những gì lần dựng trước ghi nhớ (.baotinh/state)
  --verify              Dựng tăng dần rồi dựng sạch vào thư mục tạm và so từng tệp; khác nhau là lỗi
  --quiet               Chỉ in lỗi và cảnh báo
  --timings             In thời gian của từng bước dựng
  -j, --jobs <số>       Số luồng xử lý bài viết (mặc định: một luồng cho mỗi 750 bài,
                        tối đa số nhân CPU và 4)
  --wait <giây>         Chờ tối đa bấy nhiêu giây nếu một bản dựng khác đang ghi cùng thư mục đầu ra
                        (mặc định 30; 0: báo lỗi ngay)
  --lang vi|en          Ngôn ngữ thông báo

Mã thoát: 0 thành công, 1 nội dung có lỗi, 2 dùng lệnh sai, 70 lỗi nội bộ của baotinh,
74 lỗi ổ đĩa hoặc hệ thống, 75 một bản dựng khác đang chạy.`,
    new: `Cách dùng: baotinh new "Tiêu đề bài viết" --category <slug> [tùy chọn]

Tạo tệp content/<thư mục>/<slug>.md với phần thông tin đầu bài đã điền sẵn: tiêu đề, ngày giờ
hiện tại (theo múi giờ của trang), chuyên mục, tóm tắt và thẻ để trống. Tên tệp làm từ tiêu đề
(bỏ dấu, đ thành d). Không bao giờ ghi đè một tệp đã có. In ra tệp vừa tạo và địa chỉ của bài.

Tùy chọn:
  --category <slug>     Chuyên mục (bắt buộc): slug hoặc tên đúng như trong baotinh.config.yaml
  --folder <thư mục>    Thư mục con trong content/ (mặc định: thư mục có nhiều bài nhất, hoặc bai-viet)
  --date <ngày>         Ngày đăng thay cho lúc này, ví dụ "11/01/2023 08:30" hoặc 2023-01-11T08:30
  --root <thư mục>      Thư mục của trang (mặc định: thư mục hiện tại)
  --lang vi|en          Ngôn ngữ thông báo

Ví dụ:
  baotinh new "Hội nghị tổng kết công tác dân vận năm 2024" --category tin-hoat-dong

Mã thoát: 0 đã tạo, 1 tệp đã có hoặc cấu hình có lỗi, 2 dùng lệnh sai.`,
    init: `Cách dùng: baotinh init [thư mục]

Tạo một trang mới chạy được ngay trong thư mục đã cho (mặc định: thư mục hiện tại): tệp cấu hình
baotinh.config.yaml có chú thích tiếng Việt, một bài viết mẫu có ảnh và chú thích ảnh, và
HUONG-DAN.md, hướng dẫn ngắn cho biên tập viên. Thư mục chưa có thì được tạo; thư mục đã có
tệp thì không ghi gì cả.

Tùy chọn:
  --lang vi|en          Ngôn ngữ thông báo

Ví dụ:
  baotinh init trang-tin && baotinh build --root trang-tin

Mã thoát: 0 đã tạo, 1 thư mục không trống, 2 dùng lệnh sai.`,
    convert: `Cách dùng: baotinh convert <tệp hoặc thư mục>… [--write]

Tìm các bài .md gõ bằng bảng mã cũ TCVN3 (phông .VnTime, bộ gõ ABC) hoặc VNI (phông VNI-Times),
hiện thành chữ lạ như "Céng hoµ x· héi" hay "Coäng hoøa xaõ hoäi", và chuyển sang Unicode (UTF-8).
Không có --write thì chỉ in các dòng sẽ đổi, trước và sau, không ghi gì. Chỉ những dòng gõ bằng
bảng mã cũ bị đổi; dòng đã là Unicode giữ nguyên. Chỉ chuyển tệp trong thư mục của trang.

Tùy chọn:
  --write               Ghi đè các tệp đã chuyển
  --root <thư mục>      Thư mục của trang (mặc định: thư mục hiện tại)
  --lang vi|en          Ngôn ngữ thông báo

Ví dụ:
  baotinh convert content/bai-viet            xem trước
  baotinh convert content/bai-viet --write    chuyển

Mã thoát: 0 xong, 2 dùng lệnh sai.`,
    dev: `Cách dùng: baotinh dev [tùy chọn]

Dựng bản xem trước (có cả bài nháp và bài hẹn giờ đăng, có nhãn "Bản nháp", "Hẹn giờ đăng") và mở
tại http://127.0.0.1:4000/. Mỗi khi lưu một bài viết, mẫu trang, ảnh hay cấu hình, trang được dựng
lại và trình duyệt tự tải lại; sửa CSS thì kiểu trang đổi ngay, không cần tải lại. Bài có lỗi thì
thông báo lỗi hiện ngay trên trang, bản dựng tốt gần nhất vẫn ở bên dưới. Bản xem trước nằm trong
thư mục .baotinh/preview/, không bao giờ ghi vào dist/. Ctrl-C để dừng.

Tùy chọn:
  --root <thư mục>      Thư mục của trang (mặc định: thư mục hiện tại)
  --port <số>           Cổng (mặc định 4000; cổng bận thì dùng cổng kế tiếp)
  --host                Mở cho cả mạng nội bộ (xem trên điện thoại cùng mạng Wi-Fi); chỉ dùng
                        trong mạng tin cậy: ai trong mạng cũng xem được bài nháp
  -j, --jobs <số>       Số luồng xử lý bài viết
  --timings             In thời gian của từng bước mỗi lần dựng lại
  --lang vi|en          Ngôn ngữ thông báo

Mã thoát: 0 đã dừng, 1 cấu hình có lỗi, 2 dùng lệnh sai.`,
  },
  en: {
    main: `baotinh: static-site generator for news portals.

Usage: baotinh <command> [options]

Commands:
  dev       Preview while writing: rebuilds and reloads the page on every save
  build     Build the whole site into the output folder (default dist/)
  new       Create a new article: baotinh new "Article title" --category <slug>
  init      Create a new site that builds at once: baotinh init <folder>
  convert   Convert articles typed in TCVN3 or VNI to Unicode: baotinh convert content

Common options:
  --lang vi|en   Message language (default: vi)
  -h, --help     Help (baotinh build --help for a command)
  -v, --version  Version`,
    build: `Usage: baotinh build [options]

Builds the site from baotinh.config.yaml and content/ into the output folder. Only pages that
changed are made again (the result always equals a clean build). The old site is replaced only
by a complete build; on errors the output folder is left as it was.

Options:
  --root <dir>          Site folder (default: current folder)
  --out <dir>           Output folder (default: folders.output from the configuration, usually dist)
  --base-path </path/>  Sub-path when deployed under a folder, e.g. /portal/
  --base-url <url>      Domain, e.g. https://danvan.example.vn (overrides baseUrl)
  --drafts              Also build drafts (draft: true)
  --future              Also build articles dated in the future
  --clean               Build from scratch, ignoring what the last build remembered (.baotinh/state)
  --verify              Build incrementally, then clean into a temporary folder, and compare every file
  --quiet               Print only errors and warnings
  --timings             Print the time each build stage took
  -j, --jobs <n>        Threads for the article stage (default: one per 750 articles,
                        at most the CPU cores and 4)
  --wait <seconds>      Wait at most this long when another build is writing the same output folder
                        (default 30; 0: refuse at once)
  --lang vi|en          Message language

Exit codes: 0 success, 1 content errors, 2 usage errors, 70 internal error in baotinh,
74 disk or system error, 75 another build is running.`,
    new: `Usage: baotinh new "Article title" --category <slug> [options]

Creates content/<folder>/<slug>.md with its front-matter filled in: the title, the current date
and time (in the site's time zone), the category, an empty summary and empty tags. The file name
is made from the title (diacritics removed, đ as d). An existing file is never overwritten.
Prints the file written and the article's address.

Options:
  --category <slug>     Category (required): its slug or exact name from baotinh.config.yaml
  --folder <dir>        Sub-folder of content/ (default: the folder holding most articles, else bai-viet)
  --date <date>         Publication date instead of now, e.g. "11/01/2023 08:30" or 2023-01-11T08:30
  --root <dir>          Site folder (default: current folder)
  --lang vi|en          Message language

Example:
  baotinh new "Hội nghị tổng kết công tác dân vận năm 2024" --category tin-hoat-dong

Exit codes: 0 created, 1 the file exists or the configuration has errors, 2 usage errors.`,
    init: `Usage: baotinh init [folder]

Creates a new site that builds at once in the given folder (default: the current folder): a
baotinh.config.yaml with Vietnamese comments, a sample article with a captioned photo, and
HUONG-DAN.md, a short guide for editors. A missing folder is created; a folder that already
holds files is left untouched.

Options:
  --lang vi|en          Message language

Example:
  baotinh init trang-tin && baotinh build --root trang-tin

Exit codes: 0 created, 1 the folder is not empty, 2 usage errors.`,
    convert: `Usage: baotinh convert <file or folder>… [--write]

Finds .md articles typed in the old TCVN3 (.VnTime fonts, ABC) or VNI (VNI-Times) encodings, which
read as "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi", and converts them to Unicode (UTF-8). Without
--write it only prints the lines that would change, before and after, and writes nothing. Only
lines typed in an old encoding change; Unicode lines stay. Only files inside the site are converted.

Options:
  --write               Replace the converted files
  --root <dir>          The site folder (default: the current folder)
  --lang vi|en          Message language

Examples:
  baotinh convert content/bai-viet            preview
  baotinh convert content/bai-viet --write    convert

Exit codes: 0 done, 2 usage errors.`,
    dev: `Usage: baotinh dev [options]

Builds a preview (drafts and articles not yet due included, badged "Bản nháp", "Hẹn giờ đăng") and
serves it at http://127.0.0.1:4000/. Every saved article, template, photo or configuration change
rebuilds it and the browser reloads; a CSS change restyles the page without a reload. Errors show
in the page, over the last good build. The preview lives in .baotinh/preview/, never in dist/.
Ctrl-C stops it.

Options:
  --root <dir>          Site folder (default: current folder)
  --port <n>            Port (default 4000; a port in use moves to the next one)
  --host                Open to the local network (a phone on the same Wi-Fi); trusted networks
                        only: anyone on it can read the drafts
  -j, --jobs <n>        Threads for the article stage
  --timings             Print each rebuild's stage times
  --lang vi|en          Message language

Exit codes: 0 stopped, 1 configuration errors, 2 usage errors.`,
  },
};
