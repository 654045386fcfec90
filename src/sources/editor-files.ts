// Files editors and their tools write beside the real one while saving. Never sources (Word's
// owner file "~$bai-viet.md" ends in .md), never a reason for `baotinh dev` to rebuild.
import path from 'node:path';

/** Word's owner file "~$x.md", Vim's swap files and its write test "4913", Emacs' lock and backup
 *  files, editors' temporary copies, the desktop's folder files. */
export function isEditorTemporary(file: string): boolean {
  // One pattern, not eight: discovery asks this of every article of a site at every build.
  return TEMPORARY.test(file.includes(path.sep) || file.includes('/') ? path.basename(file) : file);
}

const TEMPORARY = /^(?:~\$|\.#|\.~lock\.|4913$|\.DS_Store$|Thumbs\.db$)|\.(?:sw[a-px]|tmp|temp|bak|crdownload|part)$|~$/i;
