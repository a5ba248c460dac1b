// English labels of the annex. Models carry no i18n; like the catalogue, the annex is written in
// English and the app translates its own surrounding UI.

import type { Sector, Sensitivity } from '../project/types';
import type { DpiaAnswer } from './types';

export const SECTOR_NAMES: Record<Sector, string> = {
  public: 'Public body',
  private: 'Private company',
  non_profit: 'Non-profit organisation',
};

export const SENSITIVITY_NAMES: Record<Sensitivity, string> = {
  none: 'Not personal',
  personal: 'Personal',
  sensitive: 'Sensitive personal',
};

export const ANSWER_NAMES: Record<DpiaAnswer, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };
