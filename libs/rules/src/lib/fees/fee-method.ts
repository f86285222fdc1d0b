/** FEE Art. 3: a processing fee is charged per application (按件) or by volume (按量), never both. */
export enum FeeMethod {
  PER_APPLICATION = 'PER_APPLICATION',
  BY_VOLUME = 'BY_VOLUME',
}

export const FEE_METHOD_LABELS: Readonly<Record<FeeMethod, string>> = {
  [FeeMethod.PER_APPLICATION]: '按件计收',
  [FeeMethod.BY_VOLUME]: '按量计收',
};
