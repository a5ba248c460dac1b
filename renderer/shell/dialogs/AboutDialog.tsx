import { useTranslation } from 'react-i18next';
import { version } from '../../../package.json';
import { Button, Dialog } from '../../ui';
import { Logo } from '../Logo';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shell:about.title')} size="small" onClose={onClose} footer={<Button variant="primary" onClick={onClose}>{t('common:close')}</Button>}>
      <div className="cs-about">
        <Logo size={40} />
        <div>
          <p className="cs-about__name">{t('shell:app.name')}</p>
          <p className="cs-muted">{t('shell:about.version', { version })}</p>
        </div>
      </div>
      <p>{t('shell:about.description')}</p>
      <p className="cs-muted">{t('shell:about.licence')}</p>
    </Dialog>
  );
}
