/** Cell styles shared by the template-shaped sheets. */
export const CENTER = { vertical: 'middle', horizontal: 'center', wrapText: true } as const;
const THIN = { style: 'thin' } as const;
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
