(()=>{const d=document.documentElement,q=new URLSearchParams(location.search).get('theme');let s,t=null;try{s=localStorage;t=s.getItem('theme')}catch{}
d.classList.add('js');if(location.pathname.startsWith('/embed/')&&/^(light|dark|auto)$/.test(q))t=q;if(/^(light|dark)$/.test(t))d.dataset.theme=t;
const dark=()=>(d.dataset.theme||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'))=='dark',
sync=()=>document.querySelectorAll('[data-theme-toggle]').forEach(b=>b.setAttribute('aria-pressed',dark())),
on=(e,f)=>document.addEventListener(e,f);let p;const open=()=>p||=import('/search.js').then(m=>m.init());
on('DOMContentLoaded',()=>{sync();document.querySelector('[data-search-page]')&&open()});
on('click',e=>{if(!e.target.closest?.('[data-theme-toggle]'))return;d.dataset.theme=dark()?'light':'dark';try{s.setItem('theme',d.dataset.theme)}catch{}sync()});
on('focusin',e=>e.target.closest?.('[data-search]')&&open());
on('keydown',e=>{const i=document.querySelector('[data-search] input');if(e.key=='/'&&i&&!e.target.closest?.('input,textarea,select,[contenteditable]')){e.preventDefault();i.focus()}})})();
