// Files editors and their tools write beside the real one while saving. Never sources (Word's
// owner file "~$bai-viet.md" ends in .md), never a reason for `baotinh dev` to rebuild.
import path from 'node:path';

/** Word's owner file "~$x.md", Vim's swap files and its write test "4913", Emacs' lock and backup
 *  files, editors' temporary copies, the desktop's folder files. */
export function isEditorTemporary(file: string): boolean {
  const name = path.basename(file);
  return /^~\$/.test(name) || /^\.#/.test(name) || /\.sw[a-px]$/i.test(name) || /~$/.test(name) || name === '4913'
    || /\.(tmp|temp|bak|crdownload|part)$/i.test(name) || /^\.~lock\./.test(name) || name === '.DS_Store' || name === 'Thumbs.db';
}
