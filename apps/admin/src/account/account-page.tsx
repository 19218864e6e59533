import type { JSX } from 'solid-js';
import { useMe } from '../auth/me-context';
import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { SessionsCard } from './sessions-card';
import './account.css';

function ProfileCard(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const scope = () => {
    const { county, township, village } = me().scope;
    const names = [county?.name, township?.name, village?.name].filter(Boolean);
    return names.length > 0 ? names.join(' / ') : t('account.profile.platform');
  };
  return (
    <section class="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" class="card__title">
        {t('account.profile.heading')}
      </h2>
      <dl class="facts">
        <div class="facts__item">
          <dt>{t('account.profile.displayName')}</dt>
          <dd>{me().user.displayName}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('account.profile.username')}</dt>
          <dd class="mono">{me().user.username}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('account.profile.mobile')}</dt>
          <dd>{me().user.mobile ?? t('account.profile.noMobile')}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('account.profile.role')}</dt>
          <dd>{t(`auth.role.${me().user.role}`)}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('account.profile.scope')}</dt>
          <dd>{scope()}</dd>
        </div>
      </dl>
    </section>
  );
}

/** "My account": who I am and where I work, changing my password, and my sessions. */
export function AccountPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('account.heading')}</h1>
      <div class="stack">
        <ProfileCard />
        <section class="card" aria-labelledby="password-heading">
          <h2 id="password-heading" class="card__title">
            {t('account.password.heading')}
          </h2>
          <p class="card__hint">{t('account.password.hint')}</p>
          <div class="account__password">
            <ChangePasswordForm />
          </div>
        </section>
        <SessionsCard />
      </div>
    </>
  );
}
