import type { Translate } from '../../shared/i18n/lang';
import type { OrderSummary } from './api';
import { salesText } from './text';

export const kindLabel = (t: Translate, kind: OrderSummary['kind']) => t(kind === 'sale' ? salesText.sale : salesText.return);
export const sourceLabel = (t: Translate, source: OrderSummary['source']) => t(salesText.sources[source]);
