import { renderPrintPage } from '../../documents/html-blocks.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';
import { renderDocx } from '../../documents/render-docx.js';
import { buildCommentPacket, packetTitle } from './build-comment-packet.js';
import type { CommentPacketInput } from './read-comment-packet.js';

/** The packet as a Word document: a title page, then the packet with "Page n of m". */
export function renderPacketDocx(input: CommentPacketInput, logo: OrganizationLogo | null): Promise<Buffer> {
  return renderDocx({
    blocks: buildCommentPacket(input),
    title: packetTitle(input),
    subject: `${input.words.packet}: ${input.organizationName}`,
    logo,
    pageWords: { page: input.words.page, of: input.words.of },
  });
}

/** The packet as one print-styled HTML page, the source of its PDF. */
export function renderPacketHtml(input: CommentPacketInput, logo: OrganizationLogo | null): string {
  return renderPrintPage({ blocks: buildCommentPacket(input), language: input.words.language, title: `${packetTitle(input)} — ${input.organizationName}`, logo });
}
