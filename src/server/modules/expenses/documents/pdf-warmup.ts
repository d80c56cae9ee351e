import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import { splitRuns } from './font-subsets';
import { prepareSubsetFont, textWidth, type FontWeight } from './pdf-fonts';
import { STATEMENT_COLUMNS, STATEMENT_NOTE, STATEMENT_TITLE, type StatementDocument } from './statement-document';
import { sampleRow, sampleStatement } from './sample-statement';
import { renderStatementPdf } from './statement-pdf';

/**
 * Characters that customer, office and people names on the forms use most (places of the demo territory, kinds of
 * customer), so that their font subsets are open before the first real PDF. The forms' own labels come with the
 * warm-up document itself.
 */
const COMMON_NAMES = [
  '河南省湖北省郑州市南阳市襄阳市中牟县巩义市荥阳市新密市新郑市登封市上街区金水区二七区管城区惠济区',
  '邓州市唐河县新野县方城县镇平县内乡县淅川县社旗县桐柏县西峡县宛城区卧龙区枣阳市宜城市老河口市谷城县南漳县保康县',
  '人民医院中医院妇幼保健院乡镇卫生院社区卫生服务中心站村卫生室个体诊所门诊部大药房连锁药店医药有限公司经销商',
  '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红文辉建国庆春燕晓东海波鹏飞宇浩然子涵欣怡',
];

function warmUpDocument(names: string[]): StatementDocument {
  const rows = names.map((name, i) => sampleRow(name, i, i === 0 ? '经办事处经理同意，按标准全额兑付' : null));
  return sampleStatement(rows, '医药有限公司', '草稿 已报送 已退回 审核完成 已作废');
}

/** What the forms print besides names and amounts (labels, headings, the foot), for opening their subsets. */
const LABELS = [STATEMENT_TITLE, STATEMENT_NOTE, ...STATEMENT_COLUMNS.map((c) => c.header), '（续）合计审核签字未签日期打印时间第页共本月没有客户采购或回款代表办事处状态报送', '0123456789.,:%-¥年月'].join('');

/** The labels' and common names' characters in pieces of a few, so that each warm-up step is short. */
function pieces(size: number): string[] {
  const chars = [...new Set([...LABELS, ...COMMON_NAMES.join('')])];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

const WEIGHTS: readonly FontWeight[] = [400, 700];

/**
 * Opens the Chinese font subsets that the forms' labels and common name characters need, at both weights, a few
 * characters per turn of the event loop (each step opens a subset or two: tens of milliseconds), then renders one
 * statement PDF nobody sees to load the rest of pdfkit's path. The first real PDF after a start then skips seconds of
 * font work. Started after the server listens, without awaiting (main.ts); the caller logs errors.
 */
export async function warmPdfFonts(): Promise<{ ms: number; steps: number; longestStepMs: number }> {
  const started = performance.now();
  let longestStepMs = 0;
  let steps = 0;
  const step = async (work: () => unknown) => {
    await nextTurn();
    const stepStarted = performance.now();
    await work();
    longestStepMs = Math.max(longestStepMs, Math.round(performance.now() - stepStarted));
    steps += 1;
  };
  const doc = new PDFDocument({ autoFirstPage: false });
  for (const piece of pieces(4)) {
    for (const weight of WEIGHTS) {
      await step(() => {
        for (const run of splitRuns(piece)) prepareSubsetFont(run.subset, weight);
        return textWidth(doc, piece, 9, weight);
      });
    }
  }
  await step(() => renderStatementPdf(warmUpDocument(['中牟县人民医院'])));
  return { ms: Math.round(performance.now() - started), steps, longestStepMs };
}
